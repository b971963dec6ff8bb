// Network identifiers in the notations issue 24 names, and the diagnostics beside them that stay.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../src-main/redact/redactor.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('network identifiers', () => {
  it.each([
    ['host ip-10-1-2-3.ec2.internal and 10-1-2-3.pool.example.net', ['10-1-2-3'], ['host ip-', '.ec2.internal', '.pool.example.net']],
    ['ptr 3.2.1.10.in-addr.arpa and c-73-15-2-1.hsd1.ca.example.net', ['3.2.1.10', '73-15-2-1'], ['.in-addr.arpa', '.hsd1.ca.example.net']],
    ['mac 00 04 f2 a1 b2 c3 and 0004.f2a1.b2c3 and 00-04-F2-A1-B2-C3', ['a1 b2', 'f2a1', 'A1-B2'], ['mac ']],
    ['GET /cfg0004f2a1b2c3.xml and 0004F2A1B2C3-phone.cfg and SEP0004F2A1B2C3.cnf.xml and 0004f2a1b2c3.cfg', ['a1b2', 'A1B2'], ['GET /cfg', '-phone.cfg', 'SEP', '.cnf.xml']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('gives an address and a MAC one placeholder in every notation', () => {
    expect(redactLine('10.1.2.3 ip-10-1-2-3 3.2.1.10.in-addr.arpa')).toBe('<ip:private-1> ip-<ip:private-1> <ip:private-1>.in-addr.arpa');
    expect(redactLine('00:04:f2:a1:b2:c3 00 04 F2 A1 B2 C3 0004f2a1b2c3-app.log')).toBe('<mac-1> <mac-1> <mac-1>-app.log');
  });

  it.each([
    'netmask 255.255.255.0 and 255.255.240.0, prefix 10.1.0.0/16 and /24',
    'Yealink SIP-T54W 96.86.0.70 and fw 2.0.14.9 and GXP2160 1.0.7.13 and dongle 3.1.0.207 and Poly VVX 450 6.4.3.5116',
    'dns 8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 9.9.9.9 149.112.112.112 208.67.222.222 2001:4860:4860::8888',
    'mdns 224.0.0.251 llmnr 224.0.0.252 ssdp 239.255.255.250 ntp 224.0.1.1 ff02::fb ff02::1:2 metadata 169.254.169.254',
    'zoom media 170.114.10.20 and 206.247.1.2 and 144.195.77.1 and 3.7.35.20',
    'provisioning 000000000000.cfg and y000000000028.cfg and hex dump 00 04 f2 a1 b2 c3 d4 e5',
    'scores 1-2-3-4 and dates 2026-11-26 and build 2026.1126.0901',
  ])('keeps diagnostics: %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it('still replaces the hosts beside them', () => {
    expectRedacted('peer 203.0.113.9 via gw 192.168.1.1 mask 255.255.255.0 from a Yealink phone', ['203.0.113.9', '192.168.1.1'], ['255.255.255.0']);
  });

  it('counts what the digit rules find under its own kind, not under ip', () => {
    const r = new Redactor({ profile: 'standard' });
    redactLine('415-555-0123 00-1A-2B-3C-4D-5E 0004.f2a1.b2c3 10.1.2.3 ip-10-1-2-4 4111111111111111 352099001761481 37.4220,-122.0841', {}, r);
    expect(r.counts).toEqual({ phone: 1, mac: 2, ip: 2, card: 1, 'device-id': 1, location: 1 });
  });
});

describe('dotted quads that are no address', () => {
  it('keeps a version inside a firmware file name and the class E netmask of route print', () => {
    expectRedacted('GET http://prov.example.net/fw/T57W-96.86.0.100.rom 200; file 6.0.1.25.bin; pkg sip-12.5.1.10.loads', [], ['96.86.0.100', '6.0.1.25', '12.5.1.10']);
    expectRedacted('        224.0.0.0        240.0.0.0         On-link     192.168.7.40    281', ['192.168.7.40'], ['224.0.0.0', '240.0.0.0']);
    expectRedacted('peer 96.86.0.100 and 10.1.2.3.bak', ['96.86.0.100']);
  });
});

describe('IPv4 addresses inside host names', () => {
  it.each([
    ['host ip10-1-2-3.corp.example ok', 'host ip<ip:private-1>.corp.example ok'],
    ['host h10-1-2-3 ok', 'host h<ip:private-1> ok'],
    ['host 10-1-2-3-laptop ok', 'host <ip:private-1>-laptop ok'],
    ['host vpn172-16-4-9.example.net', 'host vpn<ip:private-1>.example.net'],
  ])('%s', (line, expected) => {
    expect(redactLine(line)).toBe(expected);
  });

  it.each(['firmware v10-1-2-3 ok', 'scores 1-2-3-4', 'on 2026-12-07-10 ok', 'image T57W-96-86-0.rom'])('keeps %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });
});

describe("GitHub Actions' ::add-mask::", () => {
  it('takes the masked value as a secret and reads no IPv6 address in "::add-mask"', () => {
    const out = redactLine('::add-mask::Gh4ctions-M4sked and echo "::add-mask::$TOKEN"');
    expect(out).toBe('::add-mask::<secret-1> and echo "::add-mask::$TOKEN"');
  });

  it('still finds compressed IPv6 addresses', () => {
    expect(redactLine('bound ::1 and fe80::1 and 2001:db8::abcd')).toMatch(/^bound ::1 and <ip6:link-local-1> and <ip6:public-2>$/);
  });
});

describe('versions beside addresses', () => {
  it('keeps a firmware version in JSON written inside a JSON string (a HAR body), and still takes the address beside it', () => {
    const out = redactLine('"text":"{\\"model\\":\\"VVX 450\\",\\"firmware\\":\\"108.86.0.75\\",\\"ip\\":\\"10.1.2.3\\"}"');
    expect(out).toBe('"text":"{\\"model\\":\\"VVX 450\\",\\"firmware\\":\\"108.86.0.75\\",\\"ip\\":\\"<ip:private-1>\\"}"');
    expect(redactLine("firmware='6.1.2.3' server='10.2.3.4'")).toBe("firmware='6.1.2.3' server='<ip:private-1>'");
  });

  it("keeps the version of a VPN or security client's adapter or connector (a product word two words back)", () => {
    for (const line of ['Description . . . : Zscaler Network Adapter 1.0.2.0', 'Zscaler Client Connector 4.2.0.217', 'GlobalProtect Virtual Miniport 6.2.0.1']) {
      expect(redactLine(line)).toBe(line);
    }
    // A role between the product and the address: the address is a host's.
    expect(redactLine('Zoom Phone server 10.1.2.3')).toBe('Zoom Phone server <ip:private-1>');
  });

  it("reads the words of the value's own line only", () => {
    expect(redactLine('seen 1.0.2.0\nZscaler Network Adapter 1.0.2.0')).toBe('seen <ip:public-1>\nZscaler Network Adapter 1.0.2.0');
    expect(redactLine('Zscaler\nrelay 10.9.8.7')).toBe('Zscaler\nrelay <ip:private-1>');
  });

  it("takes the host after a Kerberos service class (cmdkey's TERMSRV/...), and keeps a product's version after '/'", () => {
    expect(redactLine('Target: Domain:target=TERMSRV/10.31.8.90 and HTTP/10.1.2.3')).toBe('Target: Domain:target=TERMSRV/<ip:private-1> and HTTP/<ip:private-2>');
    expect(redactLine('User-Agent: snomD785/10.1.101.22')).toBe('User-Agent: snomD785/10.1.101.22');
  });
});

describe("an access log's users", () => {
  it('takes the identd and HTTP user after the client address, keeps "-", and leaves an e-mail address to its rule', () => {
    expect(redactLine('192.0.2.44 - mehmet.aydogdu [06/Dec/2026:08:20:14 +0300] "GET /admin HTTP/2.0" 200 9127')).toBe(
      '<ip:public-1> - <user-1> [06/Dec/2026:08:20:14 +0300] "GET /admin HTTP/2.0" 200 9127',
    );
    expect(redactLine('10.2.3.4 jdoe - [06/Dec/2026:08:20:14 +0300] "GET / HTTP/1.1" 200 12')).toBe('<ip:private-1> <user-1> - [06/Dec/2026:08:20:14 +0300] "GET / HTTP/1.1" 200 12');
    expect(redactLine('10.2.3.4 - - [06/Dec/2026:08:20:14 +0300] "GET / HTTP/1.1" 200 12')).toBe('<ip:private-1> - - [06/Dec/2026:08:20:14 +0300] "GET / HTTP/1.1" 200 12');
    expect(redactLine('10.2.3.4 - jdoe@corp.example.com [06/Dec/2026:08:20:14 +0300] "GET /"')).toBe('<ip:private-1> - <email-1> [06/Dec/2026:08:20:14 +0300] "GET /"');
    expect(redactLine('peer 10.2.3.4 - x [not a date]')).toBe('peer <ip:private-1> - x [not a date]');
  });
});
