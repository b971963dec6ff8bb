// Issue 10's classes of private values and diagnostics, each in several spellings (other values
// than the real-world fixtures): what must be gone and what must stay.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text, type RedactionSettings } from '../../../src-main/redact/redactor.js';

interface Case {
  line: string;
  gone: string[];
  kept: string[];
}

function redact(line: string, settings: Partial<RedactionSettings> = {}, r = new Redactor({ profile: 'standard', ...settings })): string {
  return Buffer.from(r.redactText(toLatin1Text(line)).text, 'latin1').toString('utf8');
}

function check({ line, gone, kept }: Case, settings: Partial<RedactionSettings> = {}): void {
  const out = redact(line, settings);
  for (const value of gone) expect(out, `"${value}" survived in: ${out}`).not.toContain(value);
  for (const value of kept) expect(out, `"${value}" was lost in: ${out}`).toContain(value);
}

const SIP_URIS: Case[] = [
  { line: 'INVITE sip:4420917;context=private@10.3.2.1 SIP/2.0', gone: ['4420917', '10.3.2.1'], kept: ['INVITE sip:', ';context=private@', ' SIP/2.0'] },
  { line: 'INVITE sips:jdoe;user=dialstring@pbx.example.org SIP/2.0', gone: ['jdoe'], kept: [';user=dialstring@pbx.example.org'] },
  { line: 'INVITE sip:+13125550140;npdi;rn=+13125550000;ext=4410@gw.example.org;user=phone SIP/2.0', gone: ['3125550140', '3125550000', '4410'], kept: [';npdi;rn=', ';ext=', '@gw.example.org;user=phone'] },
  { line: 'To: <sip:2125550148;context=private>@10.8.0.3', gone: ['2125550148', '10.8.0.3'], kept: [';context=private>@'] },
  { line: 'To: <tel:+442071838751;phone-context=corp.example.org>', gone: ['2071838751'], kept: [';phone-context=corp.example.org>'] },
  { line: 'P-Asserted-Identity: "Kenji Sato<sip:+815012345678@ims.example.jp>', gone: ['Kenji Sato', '5012345678'], kept: ['P-Asserted-Identity: "', '@ims.example.jp>'] },
  { line: '<participant><aor>sip:3125550199@rec.example.com</aor><nameID aor="3125550198@rec.example.com"><name>3125550197</name></nameID>', gone: ['3125550199', '3125550198', '3125550197'], kept: ['<aor>sip:', '@rec.example.com"><name>', '</name></nameID>'] },
  { line: '<nameID aor="kwalker@rec.example.com"><name>Kim Walker</name></nameID>', gone: ['kwalker', 'Kim Walker'], kept: ['@rec.example.com"><name>'] },
  { line: 'From: &quot;Ola Nordmann&quot; &lt;sip:4791234567@sip.example.no&gt;', gone: ['4791234567', 'Ola Nordmann'], kept: ['From: &quot;', '&quot; &lt;sip:'] },
  { line: 'To: &#34;Sven Berg&#34; &#60;sip:sberg@pbx.example.se&#62; and &#x22;Eva Lind&#x22;&#x3C;tel:+46812345678&#x3E;', gone: ['Sven Berg', 'sberg', 'Eva Lind', '812345678'], kept: ['To: &#34;', '&#34; &#60;sip:', '@pbx.example.se&#62;'] },
  { line: '{"from":"\\"Noor Haddad\\" <sip:+97143334444@pbx.example.ae>;tag=9","to":"\\"Lobby phone\\" <sip:200@pbx.example.ae>"}', gone: ['Noor Haddad', '97143334444'], kept: ['{"from":"\\"', '\\" <sip:', '\\"Lobby phone\\"'] },
  { line: '{"contact":"\\"Ravi Iyer\\" \\u003csip:9845012345@pbx.example.in\\u003e"}', gone: ['Ravi Iyer', '9845012345'], kept: ['{"contact":"\\"', '\\" \\u003csip:', '@pbx.example.in\\u003e"}'] },
  { line: '<participant><nameID aor="sip:lchen@rec.example.com"><name xml:lang="zh">Li Chen</name></nameID><name xml:lang="en">3125550177</name>', gone: ['lchen', 'Li Chen', '3125550177'], kept: ['<name xml:lang="zh">', '</name></nameID><name xml:lang="en">'] },
  { line: '&lt;nameID aor=&quot;x@rec.example.com&quot;&gt;&lt;name&gt;Ana Souza&lt;/name&gt;', gone: ['Ana Souza'], kept: ['&lt;name&gt;', '&lt;/name&gt;'] },
];

const IPV4: Case[] = [
  { line: '09:12:44.001 IP 172.31.9.14.5060 > 10.2.2.2.5061: SIP: REGISTER', gone: ['172.31.9.14', '10.2.2.2'], kept: ['.5060 > ', '.5061: SIP: REGISTER'] },
  { line: 'IP pbx.example.net.5060 > 192.168.77.8.49152: UDP, length 612', gone: ['192.168.77.8'], kept: ['.49152: UDP, length 612'] },
  { line: 'bind host_10_20_30_41 and 192_168_200_17 ok', gone: ['10_20_30_41', '192_168_200_17'], kept: ['bind host_', ' ok'] },
  { line: 'contact agent@172.16.5.9_1 and 10.9.9.9_primary', gone: ['172.16.5.9', '10.9.9.9'], kept: ['agent@', '_1 and', '_primary'] },
  { line: 'peer=::ffff:203.0.113.9/32 remote ::ffff:10.1.1.5and 64:ff9b::198.51.100.2', gone: ['203.0.113.9', '10.1.1.5', '198.51.100.2'], kept: ['peer=', 'and'] },
  { line: 'connection from remote::ffff:10.44.3.2 and peer::FFFF:192.168.40.7 port 5061', gone: ['10.44.3.2', '192.168.40.7'], kept: ['connection from remote', ' port 5061'] },
  { line: 'C++ names std::vector and Session::add stay', gone: [], kept: ['std::vector', 'Session::add'] },
  { line: 'file log_2026_11_26_0901.txt and build_1_2_3 stay', gone: [], kept: ['log_2026_11_26_0901.txt', 'build_1_2_3'] },
];

const HOMES: Case[] = [
  { line: "Can't load/home/vpetrov/.config/zoomus.conf", gone: ['vpetrov'], kept: ["Can't load/home/", '/.config/zoomus.conf'] },
  { line: 'open failed:/Users/vpetrov/Library/Logs/zoom.us/x.log', gone: ['vpetrov'], kept: ['open failed:/Users/', '/Library/Logs/zoom.us/x.log'] },
  { line: 'cwd=C:\\Users\\vpetrov\\AppData and D:\\users\\vpetrov\\x', gone: ['vpetrov'], kept: ['cwd=C:\\Users\\', '\\AppData'] },
  { line: 'next=%2Fhome%2Fvpetrov%2F.zoom and %2FUsers%2Fvpetrov%2FLibrary and C%3A%5CUsers%5Cvpetrov%5CAppData', gone: ['vpetrov'], kept: ['next=%2Fhome%2F', '%2F.zoom', '%5CAppData'] },
  { line: 'bundle logs/zoom/home/a.log and data/Users/list.txt', gone: [], kept: ['logs/zoom/home/a.log'] },
  { line: 'cp ~hwong/.zoom/logs/a.log ~/out and \\\\fs02\\home$\\hwong\\x and /var/home/hwong/y', gone: ['hwong'], kept: ['cp ~', '/.zoom/logs/a.log ~/out', '\\home$\\'] },
  { line: 'files a~b/c and notes.txt~backup/ stay', gone: [], kept: ['a~b/c', 'notes.txt~backup/'] },
];

const CREDENTIALS: Case[] = [
  { line: 'GET /b/k?X-Amz-Credential=AKIAEXAMPLE7777%2F20261126%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=aa11bb22cc33dd44&X-Amz-Security-Token=IQoExampleToken', gone: ['AKIAEXAMPLE7777', 'aa11bb22cc33dd44', 'IQoExampleToken'], kept: ['X-Amz-Credential=', '&X-Amz-Signature='] },
  { line: 'https://storage.googleapis.com/b/o?X-Goog-Signature=0f9e8d7c6b5a&x-goog-credential=sa%40p.iam', gone: ['0f9e8d7c6b5a', 'sa%40p'], kept: ['X-Goog-Signature='] },
  { line: 'https://a.blob.core.windows.net/c/b?sv=2023-01-03&sig=AbCdEfGh12345678%3D&se=2026-12-01', gone: ['AbCdEfGh12345678'], kept: ['sv=2023-01-03', '&se=2026-12-01'] },
  { line: 'Proxy-Authorization: Negotiate oYIBBzCCAQOgAwoBAaKB7wSB7E5UTE1TU1A', gone: ['oYIBBzCCAQOgAwoBAaKB7wSB7E5UTE1TU1A'], kept: ['Proxy-Authorization: Negotiate '] },
  { line: 'authorization: AWS4-HMAC-SHA256 Credential=AKIAEX/20261126/eu/s3/aws4_request, Signature=00ff00ff', gone: ['AKIAEX', '00ff00ff'], kept: ['authorization: AWS4-HMAC-SHA256 '] },
  { line: '{"clientSecret":"cs-123abc","sdkKey":"sk-456def","dbSecretKey":"x9y8","privateKey":"pk-000"}', gone: ['cs-123abc', 'sk-456def', 'x9y8', 'pk-000'], kept: ['"clientSecret":"', '"sdkKey":"'] },
  { line: "init({ apiKey: 'ak-777', sdkSecret: \"ss-888\" })", gone: ['ak-777', 'ss-888'], kept: ['init({ apiKey: '] },
  { line: 'client_secret: yaml-s3cr3t\napi_key = ini-k3y', gone: ['yaml-s3cr3t', 'ini-k3y'], kept: ['client_secret: ', 'api_key = '] },
  { line: 'Server=db1;Database=x;User ID=app_rw;Password=p@ss;w0rd', gone: ['app_rw', 'p@ss'], kept: ['Server=db1;Database=x;User ID='] },
  { line: 'Data Source=db2;Uid=reader;Pwd=Zx9!;', gone: ['Zx9!'], kept: ['Data Source=db2'] },
  { line: 'Server=tcp:db3.example.net,1433;User ID=rw;Password=Fj&8k&&q2;Encrypt=True and ?password=pw-1&user=x&sig=s2&amp;next=1', gone: ['Fj&8k&&q2', '&8k', 'pw-1', 's2'], kept: [';Encrypt=True', '&user=<user-', '&sig=', '&amp;next=1'] },
  { line: 'dsn=svc:Pa55-w0rd@tcp(db.example.org:3306)/calls and amqp://:guestpw@mq.example.org', gone: ['Pa55-w0rd', 'svc:', 'guestpw'], kept: ['@tcp(db.example.org:3306)/calls', '@mq.example.org'] },
  {
    line: 'key:\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5rFoHqB2dbtUzoAoGCCqGSM49\nAwEHoUQDQgAE3mq0Ghh9sVx6z8yJG6QkmVnHQN3Hn0i1wRQv5yXNmHQWVXj3Tm4b\n-----END EC PRIVATE KEY-----\nafter',
    gone: ['MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5rFoHqB2dbtUzoAoGCCqGSM49', 'AwEHoUQDQgAE3mq0Ghh9sVx6z8yJG6QkmVnHQN3Hn0i1wRQv5yXNmHQWVXj3Tm4b'],
    kept: ['-----BEGIN EC PRIVATE KEY-----\n', '\n-----END EC PRIVATE KEY-----\nafter'],
  },
  { line: '"key": "-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEF\\nAASCBKgwggSkAgEAAoIBAQC7\\n-----END PRIVATE KEY-----\\n"', gone: ['MIIEvgIBADANBgkqhkiG9w0BAQEF', 'AASCBKgwggSkAgEAAoIBAQC7'], kept: ['-----END PRIVATE KEY-----'] },
];

const PHONES: Case[] = [
  { line: 'cb?phone=%2B442071838752&to=%2b33123456789', gone: ['2071838752', '33123456789'], kept: ['cb?phone=', '&to='] },
  { line: 'call 212-555-0166 x214 then (212) 555-0167 x 99', gone: ['555-0166', '214', '555-0167'], kept: ['call ', ' then '] },
  { line: '<tel:+12125550168;ext=3301> and +1 212 555 0169 ext. 3302 and Ext 3303', gone: ['5550168', '3301', '555 0169', '3302', '3303'], kept: [';ext=', ' ext. '] },
  { line: 'hex 0x1234 and 0x80070005 stay', gone: [], kept: ['0x1234', '0x80070005'] },
  { line: '{"callee": 13125550123, "caller": "3125550124", "dialedNumber": "0044 20 7946 0961", "errorCode": 2202400}', gone: ['13125550123', '3125550124', '7946 0961'], kept: ['"errorCode": 2202400'] },
  { line: 'dialed ++14155550188 and "++44 20 7946 0959" and tel:++33142685300', gone: ['4155550188', '20 7946 0959', '142685300'], kept: ['dialed +', '"+', 'tel:+'] },
  { line: 'built with C++17 and g++ 12.2.0', gone: [], kept: ['C++17', 'g++ 12.2.0'] },
];

const DIAGNOSTICS: string[] = [
  'User-Agent: Yealink SIP-T54W 96.86.0.70',
  'User-Agent: snomD735/10.1.184.15 and Server: Vendor-SIP/9.2.0.117',
  'available=5.17.11.3835 and "clientVersion":"5.17.11.3835" and Server: FreeSWITCH-mod_sofia/1.10.9',
  'Call-ID: 9a8b7c6d5e4f@desk-3.example.org and i: 77aa@host.example.org',
  'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=hyh8 Privacy: id',
  'From: "Reception desk" <sip:+12125550101@pbx.example.org> and "Front Door" <tel:+12125550102> and "unknown" <sip:unknown@pbx.example.org>',
  'password=$DB_PASS token=${API_TOKEN} secret=%APP_SECRET% key={{ vault_key }} and `apiSecret: ${env}`',
  'link/ether brd ff:ff:ff:ff:ff:ff and 00:00:00:00:00:00',
];

describe('issue 10 classes', () => {
  it.each(SIP_URIS)('1. SIP and tel URIs: $line', (c) => check(c));
  it.each(IPV4)('2. IPv4 spellings: $line', (c) => check(c));
  it.each(HOMES)('3. home folders of any user: $line', (c) => check(c));
  it.each(CREDENTIALS)('5. credentials: $line', (c) => check(c));
  it.each(PHONES)('6. phone numbers and extensions: $line', (c) => check(c));

  it('5. parsed JSON: a value under any key that says secret goes whole', () => {
    const r = new Redactor({ profile: 'minimal' });
    expect(r.redactJson({ mySecretValue: 'a b c', passwordHash: 'x', sessionTokenId: 'y', tokenCount: 3, note: 'kept' }).value).toEqual({
      mySecretValue: '<secret-1>',
      passwordHash: '<secret-2>',
      sessionTokenId: '<secret-3>',
      tokenCount: 3,
      note: 'kept',
    });
  });

  it('4. redacts every name of the account, its real name, its odd home and a short host name in host contexts', () => {
    const settings = { username: 'root', usernames: ['tkaur', 'TKaur2'], fullName: 'Tara Kaur', home: '/tmp/zpb-home-4411', hostname: 'vm' };
    check({ line: 'USER=tkaur LOGNAME=TKaur2 owner tkaur (Tara Kaur) home /tmp/zpb-home-4411/.zoom', gone: ['tkaur', 'TKaur2', 'Tara Kaur', 'zpb-home-4411'], kept: ['USER=', 'LOGNAME=', '/.zoom'] }, settings);
    check({ line: 'on host vm; Computer name: vm; hostname=VM; HOST "vm"', gone: ['host vm', 'name: vm', '=VM', '"vm"'], kept: ['on host ', 'Computer name: '] }, settings);
    check({ line: 'kvm vmware vm.sys and the vm image', gone: [], kept: ['kvm vmware vm.sys and the vm image'] }, settings);
    check({ line: 'root ran it for root', gone: [], kept: ['root ran it for root'] }, settings);
    // The machine's other names (platform/host-aliases.ts): its fully qualified name whole, and a macOS Computer Name.
    const aliases = { ...settings, hostAliases: ['vm.branch7.example.org', 'Tara’s MacBook Pro'] };
    check({ line: 'registered from vm.branch7.example.org (VM.BRANCH7.EXAMPLE.ORG) as "Tara’s MacBook Pro"', gone: ['vm.branch7', 'VM.BRANCH7', 'MacBook Pro'], kept: ['registered from ', ' as "'] }, aliases);
    expect(redact('from vm.branch7.example.org', aliases)).toMatch(/^from <host-\d+>$/);
  });

  it('7. a MAC inside a version-1 UUID becomes the MAC placeholder', () => {
    const r = new Redactor({ profile: 'standard' });
    const out = redact('+sip.instance="<urn:uuid:00000000-0000-1000-8000-000B82A4C5D7>" mac 00:0b:82:a4:c5:d7 urn:uuid:6ba7b810-9dad-41d1-80b4-00c04fd430c8', {}, r);
    expect(out).toBe('+sip.instance="<urn:uuid:00000000-0000-1000-8000-<mac-1>>" mac <mac-1> urn:uuid:6ba7b810-9dad-41d1-80b4-00c04fd430c8');
  });

  it('8. a number with invisible characters is found, with a note of each hidden character', () => {
    const r = new Redactor({ profile: 'standard' });
    const out = r.redactString('dialed +44\u00a020 7183\u200b8753, \u2060+1 (646) 555\u200e-0142 and \u200fnothing else\u200b');
    expect(out.text).toBe('dialed <phone:+44:10d-1>[hidden U+00A0 at 4][hidden U+200B at 12], \u2060<phone:+1:10d-2>[hidden U+200E at 13] and \u200fnothing else\u200b');
    expect(out.count).toBe(2);
  });

  it.each(DIAGNOSTICS)('9-10. keeps diagnostics: %s', (line) => {
    // Only phone numbers may change (the role-named lines call real numbers).
    expect(redact(line).replace(/<phone:[^>]+>/g, 'N')).toBe(line.replace(/\+1\d{10}/g, 'N'));
  });

  it('10. a cookie placeholder takes the cookie values, not their names or attributes', () => {
    expect(redact('Set-Cookie: sid=Qw12Er34; Path=/; Domain=.example.org; Expires=Wed, 01 Dec 2026 10:00:00 GMT; Secure; HttpOnly; SameSite=Lax')).toBe(
      'Set-Cookie: sid=<cookie-1>; Path=/; Domain=.example.org; Expires=Wed, 01 Dec 2026 10:00:00 GMT; Secure; HttpOnly; SameSite=Lax',
    );
  });

  it('11. a placeholder replacing a JSON number keeps the text valid JSON', () => {
    const text = '{"callerNumber": 14155550177, "calleeNumber":4155550178, "ext": 2201, "errorCode": 2202400}';
    const out = redact(text);
    expect(JSON.parse(out)).toEqual({ callerNumber: '<phone:11d-1>', calleeNumber: '<phone:10d-2>', ext: '<ext:4d-1>', errorCode: 2202400 });
    // A JSON log cut off mid-value (never parsed: logs are redacted as text) loses its values all the same.
    expect(redact('{"sipPassword":"hunter22","calleeNumber": 14155550179, "displayName":"Ann Le')).toBe('{"sipPassword":"<secret-1>","calleeNumber": "<phone:11d-1>", "displayName":"<name-1>');
  });

  it('10. strict hides a Call-ID\'s host part only; standard keeps the Call-ID whole', () => {
    const line = 'Call-ID: 5f3e2d1c0b9a@gw-7.branch.example.org and i: 0c0ffee1@sip.zoom.us';
    expect(redact(line)).toBe(line);
    const strict = redact(line, { profile: 'strict' });
    expect(strict).toMatch(/^Call-ID: 5f3e2d1c0b9a@<host-\d+> and i: 0c0ffee1@sip\.zoom\.us$/);
  });

  it('13. one value gets one placeholder whichever rule found it', () => {
    const r = new Redactor({ profile: 'standard' });
    const out = redact('C:\\Users\\NGomez\\x USERNAME=ngomez user_name: NGOMEZ sip:ngomez@pbx.example.org username="ngomez" "userName":"ngomez"', {}, r);
    expect(out).toBe('C:\\Users\\<user-1>\\x USERNAME=<user-1> user_name: <user-1> sip:<user-1>@pbx.example.org username="<user-1>" "userName":"<user-1>"');
    const json = r.redactJson({ sipUser: 'ngomez', mac: '00-0B-82-A4-C5-D8' }).value;
    expect(json).toEqual({ sipUser: '<user-1>', mac: '<mac-1>' });
    expect(redact('+sip.instance="<urn:uuid:00000000-0000-1000-8000-000B82A4C5D8>"', {}, r)).toContain('<mac-1>');
  });
});
