import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_CATEGORY } from '../../../src-main/redact/placeholder-kinds.js';
import { Redactor, toLatin1Text } from '../../../src-main/redact/redactor.js';
import { PLANTED } from './planted-secrets.js';

function redactor(profile: 'standard' | 'strict' | 'minimal' | 'none' = 'standard', keywords: string[] = []): Redactor {
  return new Redactor({ profile, username: 'fixture-user', hostname: 'fixture-host', keywords });
}

function redact(r: Redactor, text: string): string {
  return r.redactText(toLatin1Text(text)).text;
}

describe('Redactor', () => {
  it.each(PLANTED)('removes $category: $value', ({ category, value, line }) => {
    const r = redactor();
    const out = redact(r, line);
    expect(out).not.toContain(value);
    expect(r.counts[PLACEHOLDER_CATEGORY[category]], `${category} counted in ${JSON.stringify(r.counts)}`).toBeGreaterThan(0);
  });

  it('gives the same value the same placeholder everywhere, and different values different ones', () => {
    const r = redactor();
    const out = redact(r, 'a@example.com b@example.com A@Example.com\n');
    expect(out).toBe('<email-1> <email-2> <email-1>\n');
    expect(r.redactString('{"to":"b@example.com"}').text).toBe('{"to":"<email-2>"}');
  });

  it('keeps the shape of phone numbers and the class of addresses', () => {
    const r = redactor();
    expect(redact(r, 'call +14155550123 then +442071838750 then 415.555.0100')).toBe('call <phone:+1:10d-1> then <phone:+44:10d-2> then <phone:10d-3>');
    expect(redact(r, '10.1.2.3 100.64.0.5 203.0.113.9 169.254.1.1 fd00::5 fe80::1')).toBe(
      '<ip:private-1> <ip:cgnat-2> <ip:public-3> <ip:link-local-4> <ip6:private-5> <ip6:link-local-6>',
    );
  });

  it('keeps network ranges in CIDR form, but not a host address written with a prefix', () => {
    const r = redactor();
    expect(redact(r, 'no address in 100.64.0.0/10 or 192.168.0.0/16')).toBe('no address in 100.64.0.0/10 or 192.168.0.0/16');
    expect(redact(r, 'eth0 192.168.1.23/24 up')).toBe('eth0 <ip:private-1>/24 up');
  });

  it('keeps loopback, Zoom published ranges, versions and times as they are', () => {
    const r = redactor();
    const line = 'to 127.0.0.1 ::1 8.5.128.17 173.231.94.200 version 5.4.57862.0110 at 08:44:11.123 zoom.us';
    expect(redact(r, line)).toBe(line);
    expect(r.placeholders.total).toBe(0);
  });

  it('takes quoted secret values whole and finds URL-encoded email addresses', () => {
    const r = redactor();
    expect(redact(r, `password: "my pass phrase" secret='a b' token="" login=peggy%40example.com`)).toBe(
      `password: "<secret-1>" secret='<secret-2>' token="" login=<email-1>`,
    );
    expect(redact(r, 'again peggy@example.com')).toBe('again <email-1>');
  });

  it('keeps the key and separator, replacing only the secret value', () => {
    const r = redactor();
    expect(redact(r, 'password=abc123&token=xyz')).toBe('password=<secret-1>&token=<secret-2>');
    expect(redact(r, 'Authorization: Bearer abcdefghijklmnop')).toBe('Authorization: Bearer <auth-1>');
    expect(redact(r, 'https://bob:pw1@h.example/')).toBe('https://<user-1>:<url-credentials-1>@h.example/');
  });

  it('redacts the OS user name bare and in home paths with one placeholder, and typed keywords', () => {
    const r = redactor('standard', ['Peggy Garcia']);
    expect(redact(r, '/home/fixture-user/x C:\\Users\\Fixture-User\\y fixture-user said PEGGY GARCIA')).toBe(
      '/home/<user-1>/x C:\\Users\\<user-1>\\y <user-1> said <keyword-1>',
    );
  });

  it('takes a whole SIP display name even when its first word is the OS user name (the surname must not stay)', () => {
    const r = new Redactor({ profile: 'standard', username: 'peggy', hostname: 'fixture-host', keywords: [] });
    const out = redact(r, 'From: "Peggy Garcia" <sip:1001@zoom.us>;tag=1\nTo: Peggy Garcia <sip:1002@zoom.us>\nuser peggy signed in\n');
    expect(out).not.toMatch(/Garcia|Peggy/i);
    expect(out).toContain('"<name-1>" <sip:');
    expect(out).toContain('user <user-1> signed in');
  });

  it('handles keywords with non-ASCII characters in UTF-8 content', () => {
    const r = redactor('standard', ['José Núñez']);
    const out = Buffer.from(r.redactText(Buffer.from('caller José Núñez hung up', 'utf8').toString('latin1')).text, 'latin1').toString('utf8');
    expect(out).toBe('caller <keyword-1> hung up');
  });

  it('minimal redacts secrets only; standard also Wi-Fi names; strict also every host name', () => {
    const line = 'ssid="Home Net 5G" host pbx.acme-corp.com mail p@example.com password=pw1 zoom at us01.zoom.us';
    expect(redact(redactor('minimal'), line)).toBe('ssid="Home Net 5G" host pbx.acme-corp.com mail p@example.com password=<secret-1> zoom at us01.zoom.us');
    expect(redact(redactor('standard'), line)).toBe('ssid="<wifi-1>" host pbx.acme-corp.com mail <email-1> password=<secret-1> zoom at us01.zoom.us');
    expect(redact(redactor('strict'), line)).toBe('ssid="<wifi-1>" host <host-1> mail <email-1> password=<secret-1> zoom at us01.zoom.us');
    expect(redact(redactor('none'), line)).toBe(line);
  });

  it('redacts JSON structurally: string values and keys, whole values under secret keys', () => {
    const r = redactor('strict');
    const { value, count } = r.redactJson({ password: 'has spaces in it', ssid: 'CafeWifi', nested: [{ note: 'mail a@example.com' }], n: 5, ok: true, none: null });
    expect(value).toEqual({ password: '<secret-1>', ssid: '<wifi-1>', nested: [{ note: 'mail <email-1>' }], n: 5, ok: true, none: null });
    expect(count).toBe(3);
  });
});

describe('Redactor structured JSON under private keys', () => {
  it('replaces names, phone numbers (also as JSON numbers), MACs and extensions by key; the same digits get the same placeholder in text', () => {
    const r = redactor();
    const { value, count } = r.redactJson({ displayName: 'Marcus Webb', callerNumber: 14155550199, calleeNumber: '415-555-0123', mac: '001A2B3C4D5E', extensionNumber: '1234', errorCode: 2202400, callerId: 'anonymous' });
    expect(value).toEqual({ displayName: '<name-1>', callerNumber: '<phone:11d-1>', calleeNumber: '<phone:10d-2>', mac: '<mac-1>', extensionNumber: '<ext:4d-1>', errorCode: 2202400, callerId: 'anonymous' });
    expect(count).toBe(5);
    expect(redact(r, 'From: "Marcus Webb" <sip:+14155550199@zoom.us>')).toBe('From: "<name-1>" <sip:<phone:11d-1>@zoom.us>');
  });

  it('leaves identities under keys alone in the minimal profile', () => {
    const { value } = redactor('minimal').redactJson({ displayName: 'Marcus Webb', password: 'pw' });
    expect(value).toEqual({ displayName: 'Marcus Webb', password: '<secret-1>' });
  });
});

describe('Redactor home paths', () => {
  it('treats /home/ only at the start of a path as a home folder', () => {
    const r = new Redactor({ profile: 'standard' });
    expect(r.redactString('logs/zoom/home/a.log and /home/bob/x and "/Users/ann" and C:\\Users\\Public\\x').text).toBe(
      'logs/zoom/home/a.log and /home/<user-1>/x and "/Users/<user-2>" and C:\\Users\\Public\\x',
    );
  });

  it('redacts parsed JSON by siblings and by loose keys: name/value pairs, an E911 address, coordinates, tokens, versions', () => {
    const { value } = redactor('standard').redactJson({
      env: [{ name: 'DB_PASSWORD', value: 'nvSecret1' }, { name: 'LOG_LEVEL', value: 'debug' }],
      emergencyAddress: { address_line1: '2100 Fulton Ave', city: 'Sacramento', state: 'CA', zip: '95825', country: 'US' },
      call: { state: 'ringing' },
      location: { latitude: 38.5816, longitude: -121.4944 },
      auth: 'dXNlcjpwYXNzd29yZA==',
      key: 'audio_device',
      firmwareVersion: '96.86.0.70',
      vmPin: '4410',
    });
    expect(value).toEqual({
      env: [{ name: 'DB_PASSWORD', value: '<secret-1>' }, { name: 'LOG_LEVEL', value: 'debug' }],
      emergencyAddress: { address_line1: '<street-address-1>', city: '<street-address-2>', state: '<street-address-3>', zip: '<postal-code-1>', country: 'US' },
      call: { state: 'ringing' },
      location: { latitude: '<location-1>', longitude: '<location-2>' },
      auth: '<secret-2>',
      key: 'audio_device',
      firmwareVersion: '96.86.0.70',
      vmPin: '<secret-3>',
    });
  });
});
