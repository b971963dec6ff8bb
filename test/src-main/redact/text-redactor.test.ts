import { describe, expect, it } from 'vitest';
import { Placeholders } from '../../../src-main/redact/placeholders.js';
import { TextRedactor, type TextRedactionSettings } from '../../../src-main/redact/text-redactor.js';
import { PLANTED } from './planted-secrets.js';
import { seededRandom } from '../../helpers/seeded-random.js';

// Pieces that put rules of the two passes right next to each other, overlapping or sharing a
// separator: where a merge of two scans could differ from one regex.
const FRAGMENTS = [
  'sip:+14155550123@10.0.0.5', 'sip:192.168.1.23:5060', 'a@b.example.com:password=x', '(415) 555-0123/+1 415 555 0199',
  'http://u:p@10.1.2.3:8080/', 'code=Abc123DefGhi456JklMno?code=Zz9Yy8Xx7Ww6Vv5Uu4', '%40example.com', 'user%2540corp.example.com',
  'C:\\Users\\pgarcia\\AppData', '/home/pgarcia/.zoom', 'pgarcia@PG-LAPTOP-7.corp.example.com', 'ext. 4411', 'Ext 12',
  '"Ann Lee" <sip:2125550100@10.0.0.9>', 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig', 'callerNumber=+44 20 7183 8750',
  '00-1A-2B-3C-4D-5E', '001a.2b3c.4d5e', 'fe80::1%eth0', '2001:db8::1', 'version 10.0.0.1', '100.64.0.0/10', '8.5.128.7:443',
  'wifi "Home Net"', 'ssid=Cafe', 'pg-laptop-7', 'x@y', '<+14155550123>', '?&#%@<+(', '::', '=:', '0049 30 12345678',
  // Forms of issue 10: rules that start on '-', '%', '_', 'x' or look ahead past a separator.
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----', '-----END', 'IP 10.1.2.3.5060 > ', 'acct_192_168_7_40',
  'u:p@tcp(10.0.0.9:3306)', 'phone=%2B14155550123', '555-0123 x4411', 'urn:uuid:00000000-0000-1000-8000-0004F2A1B2C3', 'sip:7341209;context=private@10.9.8.7',
  '<sip:6175550142;x=y>@10.0.0.2', '%2Fhome%2Fpgarcia%2F', 'load/home/alex/', 'Authorization: NTLM TlRMTVNTUAAD', 'Call-ID: a84b4c@pc33.example.com',
  '::ffff:192.0.2.1x', 'snomD785/10.1.101.22', '<name>6175550142</name>', 'aor="6175550142@pbx.example"', 'password=$PASS', '"n": 14155550123',
  '+1 415 555\xe2\x80\x8b0123 (latin1 bytes of U+200B)', 'vm', 'host vm',
];
const SEPARATORS = ['', ' ', '  ', '=', ':', ',', ';', '/', '\\', '@', '"', "'", '(', ')', '<', '>', '\t', '\n', '-', '.', '&', '?', '%'];

function corpus(seed: number, lines: number): string {
  const random = seededRandom(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const parts: string[] = [];
    for (let k = 1 + Math.floor(random() * 5); k > 0; k--) {
      const roll = random();
      parts.push(roll < 0.4 ? pick(PLANTED).line : roll < 0.8 ? pick(FRAGMENTS) : pick(PLANTED).value);
      parts.push(pick(SEPARATORS));
    }
    out.push(parts.join(''));
  }
  return `${out.join('\n')}\n`;
}

describe('TextRedactor', () => {
  const settings: TextRedactionSettings[] = [
    { profile: 'standard', username: 'pgarcia', hostname: 'PG-LAPTOP-7.corp.example.com', keywords: ['Ann Lee'] },
    { profile: 'standard', usernames: ['pgarcia', 'alex'], fullName: 'Peggy Garcia', hostname: 'vm', home: '/tmp/zpb-home' },
    { profile: 'strict', username: 'pgarcia', hostname: 'PG-LAPTOP-7' },
    { profile: 'minimal' },
  ];

  for (const setting of settings) {
    it(`scans in two passes exactly as one regex of all rules would (${setting.profile})`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const text = corpus(seed, 400);
        const two = new TextRedactor(setting, new Placeholders()).redact(text);
        const one = new TextRedactor(setting, new Placeholders(), { singlePass: true }).redact(text);
        expect(two.count, `seed ${seed}`).toBe(one.count);
        expect(two.text, `seed ${seed}`).toBe(one.text);
        if (setting.profile !== 'minimal') expect(two.count, `seed ${seed}`).toBeGreaterThan(100);
      }
    });
  }

  it('uses both passes: values of rare-anchored and common-anchored rules in one line', () => {
    const line = 'peggy.garcia@example.com from 192.168.1.20 password=Sup3rS3cret! (415) 555-0199 ext. 4411';
    const { text, count } = new TextRedactor({ profile: 'standard' }, new Placeholders()).redact(line);
    expect(text).toBe('<email-1> from <ip:private-1> password=<secret-1> <phone:10d-1> ext. <ext:4d-1>');
    expect(count).toBe(5);
  });
});

describe('JSON redacted as text', () => {
  it('stays valid JSON when a detector replaces a bare number or a pair of numbers', async () => {
    const { Redactor, toLatin1Text } = await import('../../../src-main/redact/redactor.js');
    const r = new Redactor({ profile: 'standard' });
    const json = '{"event":"e911","gps":[37.42199, -122.08405],"imei": 353918057203842,"card":4539148803436467,"phone":14155550123,"n":[1, 2.5]}';
    const out = r.redactText(toLatin1Text(json)).text;
    expect(() => JSON.parse(out)).not.toThrow();
    const parsed = JSON.parse(out) as Record<string, unknown>;
    expect(String(parsed.gps)).toMatch(/^<location-\d+>$/);
    expect(String(parsed.imei)).toMatch(/^<(?:imei|device-id)-\d+>$/);
    expect(String(parsed.card)).toMatch(/^<card-\d+>$/);
    expect(String(parsed.phone)).toMatch(/^<phone:/);
    expect(parsed.n).toEqual([1, 2.5]);
    // Plain text keeps its placeholders unquoted.
    expect(r.redactText(toLatin1Text('fix at 37.42199, -122.08405 now')).text).toBe('fix at <location-1> now');
  });
});
