// Oracle connect strings (issue 24): user/password@ before an EZConnect or TNS identifier, as
// sqlplus and JDBC thin write them (Oracle's SQL*Plus and JDBC docs' forms, other values).
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string): string {
  return Buffer.from(new Redactor({ profile: 'minimal' }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('Oracle connect strings', () => {
  it('removes the password and keeps user, host, port and service', () => {
    expect(redact('sqlplus scott/tigerPw13@//db.example.com:1521/ORCLPDB1')).toBe('sqlplus scott/<url-credentials-1>@//db.example.com:1521/ORCLPDB1');
    expect(redact('url=jdbc:oracle:thin:scott/oraPw14@db.example.com:1521:ORCL')).toBe('url=jdbc:oracle:thin:scott/<url-credentials-1>@db.example.com:1521:ORCL');
    expect(redact('exp system/Manager_1@PRODDB file=x.dmp')).toBe('exp system/<url-credentials-1>@PRODDB file=x.dmp');
  });

  it('leaves paths with an @ inside them alone', () => {
    const line = 'GET /api/v2/users/jdoe@example.com and node_modules/@types/node and a/b@c/d';
    expect(redact(line)).toBe(line);
  });
});

describe('GitHub Actions steps look like user/password@alias', () => {
  it('keeps an action and its ref, and still takes an Oracle password on the same kind of line', () => {
    const lines = ['      - uses: actions/checkout@v4', '  uses: docker/login-action@343f7c4344506bcbf9b4de18042ae17996df046d', 'uses: my-org/deploy@main', 'step actions/setup-node@v4.1.0 done'];
    for (const line of lines) expect(redact(line)).toBe(line);
    expect(redact('sqlplus scott/Tiger77x@orcl')).not.toContain('Tiger77x');
  });
});
