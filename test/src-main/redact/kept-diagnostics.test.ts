// Diagnostics that name no one and must come out unchanged (issue 24, section 3), each beside a
// private value of the same shape that must still go.
import { describe, expect, it } from 'vitest';
import { isNoPersonAccount } from '../../../src-main/redact/no-person-accounts.js';
import { isPublicServiceNumber } from '../../../src-main/redact/public-service-numbers.js';
import { isMessageIdBefore } from '../../../src-main/redact/message-ids.js';
import { expectRedacted, redactLine } from '../../helpers/redacted-line.js';

describe('versions that look like addresses', () => {
  it.each([
    'GET /firmware/snomD735-10.2.33.41-SIP-r.bin HTTP/1.1',
    'downloading T48U-108.87.0.12.rom from the provisioning server',
    'image 2.0.3.4_rc1.img and boot54.3.112.9-SIP.ld verified',
    'FreePBX 17.0.19.3 with Asterisk 21.4.2 and 3CX 20.0.2.193',
    'Microsoft Teams 25.11.3.18 launched; Zoom Workplace 6.3.10.104 started; Webex 45.2.0.31',
    'Asterisk PBX 18.11.2.7 answered; Zoom Rooms 6.2.7.55 (5123) ready',
    'Server: Kamailio 5.7.4.2 (x86_64/linux)',
    'Server: Broadworks 24.0.1.13',
    '[SIP] recv User-Agent: Yealink SIP-T46U 108.87.0.12 with Allow: INVITE',
    '{"User-Agent": "Grandstream HT814 1.0.53.4", "status": 200}',
    'userAgent=Zoom 6.3.10.104; os=Windows 10.0.22631.44',
    'release 7.1.0.12 and rev. 4.4.1.2 and upgraded to 96.87.0.11',
    'Chrome 121.0.6167.85 on macOS 14.2.1 and Android 14.0.0.1',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it.each([
    ['peer 10.20.30.40 via Teams', ['10.20.30.40'], ['via Teams']],
    ['Server: 10.20.30.40', ['10.20.30.40'], ['Server: ']],
    ['server: primary 10.20.30.40', ['10.20.30.40'], ['primary']],
    ['Asterisk server 10.20.30.40 registered', ['10.20.30.40'], ['Asterisk server']],
    ['connected to Zoom at 192.168.40.7', ['192.168.40.7'], []],
    ['GET http://10.20.30.40/fw/T46U.rom and capture-10.20.30.41.pcap', ['10.20.30.40', '10.20.30.41'], ['/fw/T46U.rom']],
    ['User-Agent: 10.20.30.40', ['10.20.30.40'], []],
    ['{"User-Agent": "Yealink SIP-T46U 108.87.0.12", "peer": "10.20.30.40"}', ['10.20.30.40'], ['108.87.0.12']],
  ])('still replaces the address in %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });
});

describe('account values that name no person', () => {
  it.each([
    'user: Microsoft Teams',
    'user: Zoom Rooms',
    'client: Zoom Workplace 6.3.10.104',
    'agent=ZoomPhone/6.3.10',
    'login via Okta and signed in with Google',
    'user: SYSTEM',
    'user=LocalSystem',
    'user: NT AUTHORITY\\NETWORK SERVICE',
    'User: BUILTIN\\Administrators',
    'user: root',
    'user: www-data',
    'user "_spotlight"',
    '"userName": "postgres"',
    'owner: IT Helpdesk',
    'user: it-helpdesk',
    'user okta',
    'login as jenkins',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it.each([
    ['user: mkowalski', ['mkowalski']],
    ['login as t.nakamura', ['t.nakamura']],
    ['User: CORP\\hweber', ['hweber']],
    ['user=svc_payroll', ['svc_payroll']],
    ['logged in as svc-zoomlink', ['svc-zoomlink']],
  ])('still replaces the login in %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('judges whole values', () => {
    expect(isNoPersonAccount('NT AUTHORITY\\LOCAL SERVICE')).toBe(true);
    expect(isNoPersonAccount('Network Operations')).toBe(true);
    expect(isNoPersonAccount('ZoomPhone/6.1.0')).toBe(true);
    expect(isNoPersonAccount('CORP\\jdoe')).toBe(false);
    expect(isNoPersonAccount('Zoom jdoe')).toBe(false);
    expect(isNoPersonAccount('')).toBe(false);
  });
});

describe('public service phone numbers', () => {
  it.each([
    'Dial by your location: +1 669 900 6833 US (San Jose) or +1 929 205 6099 US (New York)',
    'toll-free 888 788 0099 or 1-833-548-0276',
    'UK +44 203 481 5237, Germany +49 69 7104 9922, Australia +61 2 8015 6011',
    'tel:+16465588656 and 0044 131 460 1196',
    'INVITE sip:911@pbx.example.com SIP/2.0 and To: <sip:933@zoom.us>',
    'emergency 112, 999, 000, 110 and 119; callee=911',
    // Zoom's support lines, in every spelling a ticket uses.
    'call the Zoom support line 1.888.799.9666 or +1 888 799 9666 ext 2, UK +44 800 368 7314, Australia +61.1800.768.027',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it('still replaces a person next to a Zoom number', () => {
    const out = expectRedacted('called +1 669 900 6833 from +1 415 555 0147 and 650-555-0199', ['415 555 0147', '650-555-0199'], ['+1 669 900 6833']);
    expect(out).toContain('<phone:');
  });

  it('compares Zoom numbers only where the country is known', () => {
    expect(isPublicServiceNumber('+1 (669) 900-6833')).toBe(true);
    expect(isPublicServiceNumber('669.900.6833')).toBe(true);
    // The UK number's digits written without +44 are a North American number, someone's.
    expect(isPublicServiceNumber('203 481 5237')).toBe(false);
    expect(isPublicServiceNumber('+1 669 900 6834')).toBe(false);
    expect(isPublicServiceNumber('+1.888.799.9666')).toBe(true);
    expect(isPublicServiceNumber('+1 888 799 9667')).toBe(false);
  });
});

describe('message ids', () => {
  it.each([
    'Message-ID: <CAH7pQr2Lx0v9=K3aB@mail.gmail.com>',
    'In-Reply-To: <20261118.0931.QWER77@smtp.example.org>',
    'References: <CAH7pQr2Lx0v9@mail.gmail.com>\n <5f2a.9c1e@mx.example.net>',
    'postfix/cleanup[4121]: 7C1A2: message-id=<a81b.77c2@relay.example.com>',
    'X-Request-Id: 3c2f6a1e-7b4d-4e8f-9a6b-2c5d8e1f0a3b ticket ZPS-5512 traceId=8af3c1d2e4b5a697',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it('still replaces the addresses of people in the same mail', () => {
    expectRedacted('Message-ID: <CAH7pQr2@mail.gmail.com>\nFrom: <h.weber@example.com>\nTo: o.lindqvist@example.org', ['h.weber', 'o.lindqvist'], ['CAH7pQr2@mail.gmail.com']);
    expect(isMessageIdBefore('Cc: <')).toBe(false);
  });
});

describe('versions after a maker and a product name, and after an upgrade', () => {
  it('keeps them, and the address after a device role', () => {
    expectRedacted(
      'Jabra Direct 6.10.1.2 and Logitech Tune 3.5.1.1; GRP2614 upgrade from 1.0.7.13; Cisco router 10.9.8.7 and Yealink phone 10.9.8.6',
      ['10.9.8.7', '10.9.8.6'],
      ['Jabra Direct 6.10.1.2', 'Logitech Tune 3.5.1.1', 'upgrade from 1.0.7.13'],
    );
  });
});
