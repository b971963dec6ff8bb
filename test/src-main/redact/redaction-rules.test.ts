// Real-world leak cases: lines the way Zoom Workplace / Zoom Phone clients and SIP stacks log them.
// Each case names the private values that must be gone AND the diagnostic text that must stay.
import { describe, expect, it } from 'vitest';
import { keyAlternation, suffixAlternation } from '../../../src-main/redact/rules/regex-words.js';
import { Redactor, toLatin1Text } from '../../../src-main/redact/redactor.js';

interface LeakCase {
  line: string;
  gone: string[];
  kept: string[];
}

function redact(line: string, profile: 'standard' | 'strict' | 'minimal' = 'standard', r = new Redactor({ profile, username: 'pgarcia', hostname: 'PGARCIA-LAPTOP.corp.example.com' })): string {
  return Buffer.from(r.redactText(toLatin1Text(line)).text, 'latin1').toString('utf8');
}

function check({ line, gone, kept }: LeakCase, profile: 'standard' | 'strict' = 'standard'): void {
  const out = redact(line, profile);
  for (const value of gone) expect(out, `"${value}" survived in: ${out}`).not.toContain(value);
  for (const value of kept) expect(out, `"${value}" was lost in: ${out}`).toContain(value);
}

const SIP: LeakCase[] = [
  { line: 'From: Marcus Webb <sip:mwebb@acme-corp.com>;tag=1928301774', gone: ['Marcus', 'Webb', 'mwebb'], kept: ['From: ', ';tag=1928301774'] },
  { line: 'From: Marcus Webb<sip:+14155550199@zoom.us>;tag=1', gone: ['Marcus Webb', '4155550199'], kept: ['@zoom.us>;tag=1'] },
  { line: "To: 'Ann Lee' <sip:alee@acme-corp.com>", gone: ['Ann Lee', 'alee@'], kept: ["To: '"] },
  { line: 'From: "Ann Lee (Mobile)" <tel:+14155550100>', gone: ['Ann Lee', '4155550100'], kept: ['From: "'] },
  { line: 'To: <tel:4155550123;phone-context=+1>', gone: ['4155550123'], kept: [';phone-context=+1>'] },
  { line: 'To: <tel:+14155550123;ext=1234>', gone: ['4155550123', '1234'], kept: ['<tel:', ';ext='] },
  { line: 'P-Preferred-Identity: "Webb, Marcus" <sip:mwebb@acme-corp.com>', gone: ['Webb, Marcus', 'mwebb'], kept: ['P-Preferred-Identity: "'] },
  { line: 'Remote-Party-ID: "Ann Lee" <sip:2125550147@10.0.0.5>;party=calling;screen=yes', gone: ['Ann Lee', '2125550147', '10.0.0.5'], kept: [';party=calling;screen=yes'] },
  {
    line: 'Authorization: Digest username="16505551234", realm="zoomphone.zoom.us", nonce="Y2FmZWJhYmU=", response="6629fae49393a05397450978507c4ef1", algorithm=MD5, qop=auth, nc=00000001',
    gone: ['16505551234', '6629fae49393a05397450978507c4ef1'],
    kept: ['realm="zoomphone.zoom.us"', 'algorithm=MD5', 'nc=00000001'],
  },
  { line: 'a=ice-ufrag:F7gI a=ice-pwd:x9cml/YzichV2+XlhiMu8g', gone: ['x9cml/YzichV2+XlhiMu8g'], kept: ['a=ice-ufrag:F7gI', 'a=ice-pwd:'] },
  { line: 'Contact: <sip:alice:s3cretw0rd@atlanta.example.com;transport=udp>', gone: ['alice', 's3cretw0rd'], kept: ['@atlanta.example.com;transport=udp>'] },
  { line: 'a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:32', gone: ['PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR'], kept: ['a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:', '|2^20|1:32'] },
  { line: 'Contact: <sip:16505551234@192.168.1.23:52011;transport=tls;ob>', gone: ['16505551234', '192.168.1.23'], kept: [':52011;transport=tls;ob>'] },
  // An address right after a separator another rule took (the URI's ':' of a sip: without a user,
  // the '@' of URL credentials, the '=' of a key whose value is not its kind) is still found.
  { line: 'Contact: <sip:192.168.1.23:5060;transport=tcp>', gone: ['192.168.1.23'], kept: [':5060;transport=tcp>'] },
  { line: 'proxy http://svc:pa55word@10.20.30.40:8080/', gone: ['pa55word', '10.20.30.40'], kept: [':8080/'] },
  { line: 'peer name=10.1.2.3 ext=172.16.4.5 ok', gone: ['10.1.2.3', '172.16.4.5'], kept: ['peer name=', ' ok'] },
  { line: 'Via: SIP/2.0/TLS 10.1.2.3:5061;branch=z9hG4bK-524287-1---3f4a5b6c7d8e9f00', gone: ['10.1.2.3'], kept: ['SIP/2.0/TLS', ':5061;branch=z9hG4bK-524287-1---3f4a5b6c7d8e9f00'] },
  { line: 'a=fingerprint:sha-256 4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D:49:6B:19:E5:7C:AB:4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF', gone: [], kept: ['4A:AD:B9:B1:3F:82:18:3B:54:02:12:DF:3E:5D'] },
];

const PHONES: LeakCase[] = [
  { line: 'incoming call from +1 (415) 555-0123 ext. 1234', gone: ['415', '555-0123', '1234'], kept: ['incoming call from', 'ext. '] },
  { line: 'dialing 415 555 0123 and 1-800-555-0199', gone: ['555 0123', '555-0199'], kept: ['dialing'] },
  { line: 'UK 020 7183 8750, mobile 07700 900123, intl +44 (0)20 7183 8750', gone: ['7183 8750', '900123'], kept: ['UK ', 'mobile ', 'intl '] },
  { line: 'DE 030 12345678 and 0049 30 12345678 and +49 (0) 30 1234-5678', gone: ['12345678', '1234-5678'], kept: ['DE '] },
  { line: 'FR 01 23 45 67 89 and +33 (0)1 23 45 67 89', gone: ['45 67 89'], kept: ['FR '] },
  { line: 'JP 03-1234-5678 and 090-1234-5678, AU (02) 9876 5432 and 0412 345 678', gone: ['1234-5678', '9876 5432', '345 678'], kept: ['JP ', 'AU '] },
  { line: 'BR (11) 91234-5678, IN 098765 43210, NL 020-123 4567 and 06-12345678', gone: ['91234-5678', '43210', '123 4567', '12345678'], kept: ['BR ', 'IN ', 'NL '] },
  { line: 'callerNumber=4155550123 calleeNumber=14155550199 ext=1234 state=ringing', gone: ['4155550123', '14155550199', '1234'], kept: ['callerNumber=', 'state=ringing'] },
];

const STRUCTURED: LeakCase[] = [
  {
    line: '{"callerNumber":"4155550123","extensionNumber":"1234","displayName":"Marcus Webb","callee_name":"Ann Lee","errorCode":2202400}',
    gone: ['4155550123', '1234', 'Marcus Webb', 'Ann Lee'],
    kept: ['"displayName":"', '"errorCode":2202400'],
  },
  { line: 'displayName=Marcus Webb, state=1', gone: ['Marcus', 'Webb'], kept: [', state=1'] },
  { line: '{"mac":"001A2B3C4D5E","bssid":"a4:2b:b0:11:22:33"} and 001A.2B3C.4D5E', gone: ['001A2B3C4D5E', 'a4:2b:b0:11:22:33', '001A.2B3C.4D5E'], kept: ['"mac":"'] },
  { line: 'OAuth code=SplxlOBeZQQYbYS6WxSbIA, {"code":"SplxlOBeZQQYbYS6WxSbIA"} zoommtg://zoom.us/sso#code=AbCdEf123456', gone: ['SplxlOBeZQQYbYS6WxSbIA', 'AbCdEf123456'], kept: ['zoommtg://zoom.us/sso'] },
  { line: 'err code=2202400 {"code":"CALL_FAILED_SERVICE_UNAVAILABLE","code2":1} code: 404', gone: [], kept: ['code=2202400', 'CALL_FAILED_SERVICE_UNAVAILABLE', 'code: 404'] },
  { line: 'https://zoom.us/j/98765432101?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ012345 passcode=123456 zak=eyJ0eXAiOiJKV1QifQ', gone: ['aBcDeFgHiJkLmNoPqRsTuVwXyZ012345', '123456', 'eyJ0eXAiOiJKV1QifQ'], kept: ['https://zoom.us/j/98765432101?pwd='] },
  { line: 'cookie=_zm_ssid=aw1_c_abc123 "Cookie": "_zm_ssid=aw1_c_abc123"', gone: ['aw1_c_abc123'], kept: ['cookie=', '"Cookie": "'] },
  { line: 'Set-Cookie: _zm_ssid=aw1_c_abc123; _zm_csrf=Zm9vYmFy; Path=/; Secure', gone: ['aw1_c_abc123', 'Zm9vYmFy'], kept: ['Set-Cookie: '] },
  { line: 'account email=mwebb%2540acme-corp.com', gone: ['mwebb', 'acme-corp'], kept: ['account email='] },
  { line: 'GET /wc/join/98765432101?uname=Marcus%20Webb&email=mwebb%40acme-corp.com', gone: ['Marcus', 'mwebb'], kept: ['/wc/join/98765432101?uname=', '&email='] },
  { line: 'Location: https://acme.zoom.us/signin?redirect_uri=zoommtg%3A%2F%2Fsso%3Fcode%3DSplxlOBeZQQYbYS6WxSbIA', gone: ['SplxlOBeZQQYbYS6WxSbIA'], kept: ['https://acme.zoom.us/signin?redirect_uri=zoommtg%3A%2F%2Fsso%3Fcode%3D'] },
  { line: '{"ext":"4821","sipUser":"mwebb","sipPassword":"hunter2","registrar":"acme.sip.zoom.us"}', gone: ['4821', 'mwebb', 'hunter2'], kept: ['"registrar":"acme.sip.zoom.us"'] },
  { line: 'peer_number: +1 415-555-0123, peer_name: Marcus Webb, call_id: 8f14e45f', gone: ['415-555-0123', 'Marcus Webb'], kept: [', call_id: 8f14e45f'] },
  { line: 'Caller ID: MARCUS WEBB <+14155550199>', gone: ['MARCUS', '4155550199'], kept: ['Caller ID: '] },
];

const PATHS: LeakCase[] = [
  { line: 'log dir c:\\users\\mwebb\\appdata\\roaming\\zoom', gone: ['mwebb'], kept: ['\\appdata\\roaming\\zoom'] },
  { line: '%USERPROFILE% = C:\\Users\\Marcus Webb\\AppData\\Roaming', gone: ['Marcus', 'Webb'], kept: ['\\AppData\\Roaming'] },
  { line: 'UNC \\\\fileserver01\\home$\\mwebb\\profile and \\\\fs01\\users\\mwebb', gone: ['mwebb'], kept: ['\\\\fileserver01\\home$\\', '\\profile'] },
  { line: 'C:\\Documents and Settings\\mwebb\\Application Data', gone: ['mwebb'], kept: ['\\Application Data'] },
  { line: 'USERPROFILE=C:\\Users\\mwebb HOMEPATH=\\Users\\mwebb TEMP=x', gone: ['mwebb'], kept: ['USERPROFILE=C:\\Users\\', ' HOMEPATH=\\Users\\', ' TEMP=x'] },
  { line: 'host PGARCIA-LAPTOP and pgarcia-mbp and PGARCIA-LAPTOP.corp.example.com', gone: ['PGARCIA', 'pgarcia'], kept: ['host ', '-mbp'] },
];

const KEPT: string[] = [
  '2026-11-26T09:01:02.345Z [0x00001a2b] [tid:4412] [INFO] ZoomPhone 5.17.11.34827 (x64) build 20261120 started in 1234 ms',
  '[2026-11-26 09:01:02.345+0100] CmmSIPCallManager::OnCallFailed err=2202400 sip=503 duration=00:01:23.456',
  '11/26/2026 09:01:02 AM thread 0x7ff6a1b2c3d4 id=ab12cd34ef56 port 5061 rtp 50000-50100',
  'ver 6.2.0.45678 os Windows 10.0.19045.3693 macOS 14.5 (23F79) kernel 23.5.0 version 1.2.3.4 build: 10.0.2.1',
  'INFO [Ver] Client Version is 6.3.1.123 module=phone; Version: 5.17.5.31; app_version=6.0.2.45',
  'pkt loss 0.5% jitter 12 ms rtt 123 ms mos 4.2 bitrate 64000 seq 12345 ts 1764148862123',
  'error code 1001 1002 1003 10004 errno -110 0x80070005 HRESULT 0x8007000E meeting id 987 6543 2109',
  '2026-11-26 09:01:02 and Nov 26 09:01:02 2026 and 26.11.2026 09:01 and 20261126 090102 and 05/11/2026 10:11',
  'zone us01.zoom.us zoomphone.zoom.us zoom.com SIP/2.0 200 OK CSeq: 102 INVITE Content-Length: 1234 Expires: 3600',
  'hex dump: 00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f and 01 23 45 67 89 ab cd ef',
  'a=rtpmap:111 opus/48000/2 m=audio 50000 RTP/SAVP 0 8 101 packets 200 304 404 build 2026.1126.0901',
  'incoming call from <sip:1001@pbx.example.net> ringing',
];

describe('redaction rules against real-world log lines', () => {
  it.each(SIP)('SIP: $line', (c) => check(c));
  it.each(PHONES)('phone: $line', (c) => check(c));
  it.each(STRUCTURED)('key/value: $line', (c) => check(c));
  it.each(PATHS)('path or host: $line', (c) => check(c));

  it.each(KEPT)('keeps diagnostic text as it is: %s', (line) => {
    const out = redact(line);
    // The sip user of the last line is a short extension-like user: only it may change.
    expect(out.replace(/<sip:[^@]*@/, '<sip:@')).toBe(line.replace(/<sip:[^@]*@/, '<sip:@'));
  });

  it('gives one number one placeholder however it is written', () => {
    const r = new Redactor({ profile: 'standard' });
    const out = redact('+49 30 12345678 | 0049 30 12345678 | +49 (0) 30 1234-5678 | callerNumber=+493012345678', 'standard', r);
    expect(out).toBe('<phone:+49:10d-1> | <phone:+49:10d-1> | <phone:+49:10d-1> | callerNumber=<phone:+49:10d-1>');
  });

  it('leaves prose before a URI to the free-text name rule, not the display-name rule (issue 24: names in message text go)', () => {
    expect(redact('call from Marcus <sip:1001@pbx.example.net> ringing')).toMatch(/^call from <name-1> <sip:/);
  });

  it('leaves a short extension in a tel: URI and a phone key holding a word', () => {
    expect(redact('To: <tel:1234;phone-context=example.com> callerId=anonymous')).toBe('To: <tel:1234;phone-context=example.com> callerId=anonymous');
  });

  it('redacts Wi-Fi names in the strict profile in the usual notations', () => {
    check({ line: 'Connected to wifi "Webb Family WiFi" via airport', gone: ['Webb Family'], kept: ['Connected to wifi "'] }, 'strict');
    check({ line: 'Current Wi-Fi Network: Webb Family WiFi', gone: ['Webb Family'], kept: ['Current Wi-Fi Network: '] }, 'strict');
    check({ line: '    SSID                   : Webb Family WiFi', gone: ['Webb Family'], kept: ['SSID'] }, 'strict');
    check({ line: 'wlan0: SSID "Webb Family WiFi" freq 5180', gone: ['Webb Family'], kept: ['wlan0: SSID "', '" freq 5180'] }, 'strict');
  });

  it('takes every value of a Cookie header however long the line is', () => {
    const secret = `s3cr3t_${'x'.repeat(20_000)}`;
    expect(redact(`Cookie: a=${'y'.repeat(10_000)}; b=${secret}\nnext line`)).toBe('Cookie: a=<cookie-1>; b=<cookie-2>\nnext line');
  });

  it('minimal still removes secrets under keys but leaves identities', () => {
    const out = redact('pwd=Ab12cd34 displayName=Marcus callerNumber=4155550123', 'minimal');
    expect(out).toBe('pwd=<secret-1> displayName=Marcus callerNumber=4155550123');
  });
});

describe('suffixAlternation', () => {
  it('matches exactly the given words', () => {
    const words = ['callerNumber', 'calleeNumber', 'did', 'x-api-key', 'ext', 'extension', 'text'];
    const re = new RegExp(`^(?:${suffixAlternation(words)})$`);
    for (const w of words) expect(re.test(w), w).toBe(true);
    for (const w of ['callNumber', 'xt', 'extensio', 'Did', 'tex']) expect(re.test(w), w).toBe(false);
  });

  it('keyAlternation adds the usual case variants', () => {
    const re = new RegExp(`^(?:${keyAlternation(['displayName'])})$`);
    for (const w of ['displayName', 'DisplayName', 'DISPLAYNAME', 'displayname']) expect(re.test(w), w).toBe(true);
  });
});
