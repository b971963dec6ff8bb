// Secrets on command lines and in .netrc (issue 24): the flags that mean a password for their tool,
// long secret flags, curl -u user:pass; a flag that means a port or a path for another tool stays.
// Forms from the tools' man pages (curl(1), mysql(1), sshpass(1), redis-cli, ldapsearch(1), zip(1),
// smbclient(1), netrc(5) as GNU inetutils documents it), other values.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string, profile: 'minimal' | 'standard' = 'minimal'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

const GONE: [string, string][] = [
  ['curl -u admin:curlPw1 https://x.example.com', 'curlPw1'],
  ['curl --user admin:curlPw2 -X POST https://x.example.com', 'curlPw2'],
  ['curl -s -U proxyuser:curlProxyPw3 --proxy http://p:3128 https://x', 'curlProxyPw3'],
  ['mytool --password=flagPw3 --token flagTok4 --password flagPw5 --db-password "spaced pw" --client-secret cs9', 'flagPw5'],
  ['mysql -uroot -pMysqlPw6 -h db.example.com calls', 'MysqlPw6'],
  ["sshpass -p 'sshPw7' ssh root@host.example.com", 'sshPw7'],
  ['redis-cli -h cache -a redisPw8 ping', 'redisPw8'],
  ['ldapsearch -x -D cn=admin,dc=example,dc=org -w ldapPw9 -b dc=example,dc=org', 'ldapPw9'],
  ['zip -P zipPw10 logs.zip *.log && unzip -P zipPw11 logs.zip', 'zipPw11'],
  ['smbclient //nas/share -U alice%smbPw12', 'smbPw12'],
  ['machine api.example.com login netuser password netrcPw13', 'netrcPw13'],
  ['default login anonymous password "netrc pw 14"', 'netrc pw 14'],
  ['password "quotedPw15"', 'quotedPw15'],
];

describe('command lines', () => {
  for (const [line, secret] of GONE) {
    it(`removes the password of: ${line.slice(0, 40)}`, () => {
      const out = redact(line);
      expect(out).not.toContain(secret);
      expect(out.split(' ')[0]).toBe(line.split(' ')[0]);
    });
  }

  it('removes every secret flag of a line, not only the first', () => {
    const out = redact('mytool --password=flagPw3 --token flagTok4 --password flagPw5 --db-password "spaced pw" --client-secret cs9');
    for (const gone of ['flagPw3', 'flagTok4', 'flagPw5', 'spaced pw', 'cs9']) expect(out).not.toContain(gone);
  });

  it("finds the tool before a password flag also when an earlier flag's value was replaced (standard)", () => {
    for (const [line, secret] of [
      ["mysql -h 10.20.30.40 -u cdr_reader -p'Rd#Calls2026' cdr", 'Rd#Calls2026'],
      ['mysql --user=cdr_reader -pRdCalls2026 cdr', 'RdCalls2026'],
      ['curl -s --proxy-user ops:Px9!proxy -u svc:Api#Key77 https://x', 'Api#Key77'],
    ] as const) {
      expect(redact(line, 'standard')).not.toContain(secret);
    }
  });

  it("leaves a wrapped command's own flags alone: sshpass -p SECRET ssh -p PORT", () => {
    const out = redact("sshpass -p 'Wr4pped!pw' ssh -p 2222 admin@10.1.1.1 && sshpass -pWr4pped2 scp -P 2200 f h:", 'standard');
    expect(out).not.toContain('Wr4pped');
    expect(out).toContain('ssh -p 2222 ');
    expect(out).toContain('scp -P 2200 ');
  });

  it('keeps flags that are no password for their tool, variables, and prose', () => {
    const line = 'ssh -p 2222 host; scp -P 2200 a b; tar -p -xf x.tar; grep -w word f; mysql -p -h db; curl -u "$USER:$PASS" x; mytool --password $DB_PASS; the password is wrong; ls -la 2026-11-26';
    expect(redact(line)).toBe(line);
  });
});

describe('an account with its domain on a command line', () => {
  it('keeps the domain and gives the account the placeholder it has everywhere else', () => {
    const out = redact("smbclient //fs2/home$ -U 'EMEA\\skjaergaard%Sm8!share'\n\\\\fs2\\home$\\skjaergaard mounted; EMEA\\skjaergaard signed in", 'standard');
    const users = out.match(/<user-\d+>/g) ?? [];
    expect(out).not.toContain('skjaergaard');
    expect(out).not.toContain('Sm8!share');
    expect(out).toContain("-U 'EMEA\\<user-");
    expect(new Set(users).size).toBe(1);
    expect(users.length).toBe(3);
  });
});
