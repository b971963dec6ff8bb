// Private values hidden by an encoding (quoted-printable bodies, RFC 2047 encoded-words, URL escapes,
// folded iCalendar/vCard lines, JSON escaped in JSON), through the stream as files go. People,
// numbers and secrets made up; shapes from RFC 2045 6.7, RFC 2047 8, RFC 5545 3.1 and HAR 1.2.
import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable } from '../../../src-main/redact/quoted-printable.js';
import { redactedStream } from '../../helpers/redacted-stream.js';

/** A quoted-printable body decoded back to text (soft breaks joined, escapes read as UTF-8). */
function decodedBody(mail: string): string {
  const body = mail.slice(mail.indexOf('\r\n\r\n') + 4);
  return Buffer.from(decodeQuotedPrintable(body.replace(/=\r\n/g, '')), 'latin1').toString('utf8');
}

const MAIL = [
  'From: =?UTF-8?Q?Agnieszka_Kowalska?= <a.kowalska@example.pl>',
  'To: =?UTF-8?B?UGF3ZcWCIFdpxZtuaWV3c2tp?= <pawel.w@example.pl>',
  'Cc: =?ISO-8859-1?Q?Andr=E9?= =?ISO-8859-1?Q?_M=FCller?= <am@example.de>',
  'Subject: =?UTF-8?Q?Zg=C5=82oszenie_b=C5=82=C4=99du_400?=',
  'Date: Mon, 7 Dec 2026 09:12:44 +0100',
  'Message-ID: <20261207091244.4711@mail.example.pl>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Dzie=C5=84 dobry, tu Pawe=C5=82 Wi=C5=9Bniewski. Telefon nie dzia=C5=82a od r=',
  'ana, m=C3=B3j numer to +48 601 2=',
  '34 567, m=C3=B3j PIN: 4821.',
  'Wersja klienta 6.3.11.60501, b=C5=82=C4=85d 400, Call-ID =',
  '8f3a2c1d-5b6e-4a7f-9c0d-1e2f3a4b5c6d.',
  '',
].join('\r\n');

describe('quoted-printable e-mail', () => {
  it('redacts names and numbers hidden by escapes and soft breaks, and the body stays quoted-printable', async () => {
    const out = await redactedStream(MAIL);
    expect(out).not.toMatch(/Wi=C5=9Bniewski|601 2=|234 567|Kowalska|Agnieszka|UGF3ZcWC|M=FCller/);
    expect(out).toContain('Dzie=C5=84 dobry');
    // Diagnostics stay: the client version, the error code, the Call-ID, the date.
    expect(out).toContain('6.3.11.60501');
    expect(out).toContain('8f3a2c1d-5b6e-4a7f-9c0d-1e2f3a4b5c6d');
    expect(out).toContain('Date: Mon, 7 Dec 2026 09:12:44 +0100');
    // Valid quoted-printable: no line over 76, nothing but ASCII, decodes to the redacted text.
    for (const line of out.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    const body = decodedBody(out);
    expect(body).toMatch(/tu <name-\d+>/);
    expect(body).toMatch(/numer to <phone:\+48:9d-\d+>/);
    expect(body).toContain('Telefon nie działa od rana');
    expect(body).toContain('błąd 400');
  });

  it('decodes encoded-words in headers with their context and writes them back as ASCII', async () => {
    const out = await redactedStream(MAIL);
    const headers = out.slice(0, out.indexOf('\r\n\r\n')).split('\r\n');
    expect(headers[0]).toMatch(/^From: <name-\d+> <<email-\d+>>$/);
    expect(headers[1]).toMatch(/^To: <name-\d+> <<email-\d+>>$/);
    expect(headers[2]).toMatch(/^Cc: <name-\d+> <<email-\d+>>$/);
    // A subject without a private value keeps its bytes.
    expect(headers[3]).toBe('Subject: =?UTF-8?Q?Zg=C5=82oszenie_b=C5=82=C4=99du_400?=');
  });

  it('encodes again what stays non-ASCII in a changed header', async () => {
    const out = await redactedStream('Subject: =?UTF-8?Q?Pawe=C5=82_Wi=C5=9Bniewski_zg=C5=82asza_b=C5=82=C4=85d?=\r\n');
    expect(out).toMatch(/^Subject: <name-\d+> =\?UTF-8\?Q\?zg=C5=82asza_b=C5=82=C4=85d\?=\r\n$/);
  });

  it('reads a header folded between encoded-words whole (a name cut by the fold)', async () => {
    const out = await redactedStream('To: =?UTF-8?Q?Pawe=C5=82?=\r\n =?UTF-8?Q?_Wi=C5=9Bniewski?= <pawel.w@example.pl>,\r\n Helpdesk <helpdesk@example.pl>\r\nSubject: test\r\n');
    expect(out).toMatch(/^To: <name-\d+> <<email-\d+>>,\r\n Helpdesk <<email-\d+>>\r\nSubject: test\r\n$/);
  });

  it('the same person is one placeholder in a header and in the body', async () => {
    const out = await redactedStream(MAIL);
    const to = /^To: (<name-\d+>)/m.exec(out)![1]!;
    expect(decodedBody(out)).toContain(`tu ${to}`);
  });

  it('keeps quoted-printable bodies without private values byte for byte, and INI lines ending in "="', async () => {
    const plain = ['Content-Transfer-Encoding: quoted-printable', '', 'Wersja 6.3.11 dzia=C5=82a, b=C5=82=C4=85d 400 znikn=C4=85=', '=C5=82.', ''].join('\r\n');
    expect(await redactedStream(plain)).toBe(plain);
    const ini = '[Audio]\nEchoCancel=\nNoiseSuppression=\nDisplayName=\n';
    expect(await redactedStream(ini)).toBe(ini);
  });

  it('finds the body when the stream cuts the message into pieces', async () => {
    const out = await redactedStream(MAIL, 'standard', 7);
    expect(decodedBody(out)).toMatch(/tu <name-\d+>/);
  });

  it('minimal still takes a secret hidden by an escape', async () => {
    const out = await redactedStream('Content-Transfer-Encoding: quoted-printable\n\nsip_password=3DHu7=\nTr0ub4dor\n');
    expect(out).not.toContain('Tr0ub4dor');
    const minimal = await redactedStream('Content-Transfer-Encoding: quoted-printable\n\nsip_password=3DHu7=\nTr0ub4dor\n', 'minimal');
    expect(minimal).not.toContain('Tr0ub4dor');
  });
});

describe('URL-encoded values', () => {
  it('decodes query and form values with their key, and encodes them again around placeholders', async () => {
    const out = await redactedStream(
      [
        'GET /api/v2/directory?who=Ahmet%20Y%C4%B1lmaz&page_size=30 HTTP/1.1',
        'POST /contacts body: search=Ay%C5%9Fe+Demir&page=2',
        'https://contacts.example.com/find?search=John+Smith&lang=en',
        'https://contacts.example.com/find?q=%2B44%207700%20900123&email=jane.doe%40example.com',
      ].join('\n'),
    );
    expect(out).toMatch(/who=<name-\d+>&page_size=30 HTTP/);
    expect(out).toMatch(/search=<name-\d+>&page=2/);
    expect(out).toMatch(/search=<name-\d+>&lang=en/);
    expect(out).not.toMatch(/Ahmet|Y%C4%B1lmaz|Ay%C5%9Fe|Demir|John|Smith|7700|jane/);
    expect(out).toMatch(/q=<phone:\+44:10d-\d+>&email=<email-\d+>/);
  });

  it('keeps encoded paths, base64 with plus signs, percentages and values without a private part', async () => {
    const kept = [
      'GET /v2/users/me/settings%2Fphone?page_size=30&next_page_token=',
      'GET /api/search?q=Call+Quality&tz=Europe%2FWarsaw HTTP/1.1',
      '2026-12-07 17:44:51.668 WARN [Media] jitter 12ms loss 1.98% on stream 2',
      'data=iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'host=time.google.com&path=%2Fntp%2Fstatus',
    ].join('\n');
    expect(await redactedStream(kept)).toBe(kept);
  });

  it('keeps what the original wrote unescaped, and a SIP URI header after "?" is no part of the value before it', async () => {
    const out = await redactedStream('Contact: <sip:alice.w@pbx.example.net;user=phone?P-Asserted-Identity=sip:%2B14155550123%3Bcpc%3Demergency%3Buser%3Dphone>\n');
    expect(out).toMatch(/;user=phone\?P-Asserted-Identity=sip:<phone:\+1:10d-\d+>%3Bcpc%3Demergency%3Buser%3Dphone>/);
    const path = await redactedStream('GET /api?displayName=Ahmet%20Y%C4%B1lmaz&return=/v2/phone/settings HTTP/1.1\n');
    expect(path).toMatch(/displayName=<name-\d+>&return=\/v2\/phone\/settings HTTP/);
  });

  it('leaves a secret key to the key rule, which takes the encoded value whole', async () => {
    const out = await redactedStream('login?user_password=Tr0ub%20ad%20or%2B1&next=%2Fhome');
    expect(out).not.toMatch(/Tr0ub|ad%20or/);
    expect(out).toContain('&next=%2Fhome');
  });
});

describe('folded iCalendar and vCard lines', () => {
  const ICS = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zoom Video Communications//Zoom Meetings//EN',
    'BEGIN:VEVENT',
    'DTSTART;TZID=Europe/Warsaw:20261208T100000',
    'SUMMARY:Zoom Phone error 400 follow-up',
    'DESCRIPTION:Join Zoom Meeting\\nhttps://us02web.zoom.us/j/81234567890?pwd=a',
    ' 1B2c3D4e5F6g7H8i9J0kLmNoPqRsT.1\\n\\nCall back Katarzyna Lewandowska on +48 22 5',
    ' 55 01 23',
    'UID:040000008200E00074C5B7101A82E008',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it("unfolds a line cut by a fold, redacts it whole, and writes it unfolded", async () => {
    const out = await redactedStream(ICS);
    expect(out).not.toMatch(/a1B2c3|1B2c3D4|NoPqRsT|5\r\n 55 01 23/);
    expect(out).toMatch(/on <phone:\+48:9d-\d+>/);
    const unfolded = out.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(/pwd=<secret-\d+>/);
    expect(unfolded).toMatch(/on <phone:\+48:9d-\d+>/);
    // What identifies no one stays: the product, the time zone, the UID, the meeting host.
    expect(out).toContain('DTSTART;TZID=Europe/Warsaw:20261208T100000');
    expect(out).toContain('UID:040000008200E00074C5B7101A82E008');
    expect(unfolded).toContain('https://us02web.zoom.us/j/');
  });

  it('keeps a calendar whose folded lines hold nothing private byte for byte', async () => {
    const plain = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'SUMMARY:Quarterly review of Call Quality dashboards and the ', ' jitter alarms', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    expect(await redactedStream(plain)).toBe(plain);
  });

  it('unfolds vCard lines (a number cut in two)', async () => {
    const card = ['BEGIN:VCARD', 'VERSION:4.0', 'FN:Pawe\u0142 Wi\u015bniewski', 'TEL;TYPE=work,voice;VALUE=uri:tel:+48-22-555-', ' 0199', 'END:VCARD', ''].join('\r\n');
    const out = await redactedStream(card);
    expect(out).not.toMatch(/555-|0199|Wi\u015bniewski/);
  });
});

describe('JSON escaped in JSON', () => {
  it('finds keys of escaped JSON in a HAR body and in a log line, and the JSON stays valid', async () => {
    const har = JSON.stringify({ log: { entries: [{ request: { method: 'POST', postData: { mimeType: 'application/json', text: JSON.stringify({ sipPassword: 'Xk9mQ2pLw7', voicemailPin: '482913', displayName: 'Ewa Nowak', codec: 'OPUS' }) } } }] } });
    const out = await redactedStream(`${har}\n`);
    expect(out).not.toMatch(/Xk9mQ2pLw7|482913|Ewa Nowak/);
    const text = JSON.parse(out).log.entries[0].request.postData.text as string;
    const inner = JSON.parse(text) as Record<string, string>;
    expect(inner.sipPassword).toMatch(/^<secret-\d+>$/);
    expect(inner.voicemailPin).toMatch(/^<secret-\d+>$/);
    expect(inner.codec).toBe('OPUS');
    const log = await redactedStream('2026-12-07 10:00:01 INFO body="{\\"sipPassword\\":\\"Xk9mQ2pLw7\\",\\"voicemailPin\\":\\"482913\\"}"\n', 'minimal');
    expect(log).toMatch(/body="\{\\"sipPassword\\":\\"<secret-\d+>\\",\\"voicemailPin\\":\\"<secret-\d+>\\"\}"/);
  });

  it('decodes twice-escaped JSON and \\u escapes', async () => {
    const twice = JSON.stringify({ body: JSON.stringify({ payload: JSON.stringify({ userPassword: 'hunter2-Quokka' }) }) });
    const out = await redactedStream(`${twice}\n`);
    expect(out).not.toContain('hunter2-Quokka');
    expect(() => JSON.parse(out)).not.toThrow();
    const unicode = await redactedStream('{"text":"{\\"displayName\\":\\"Pawe\\u0142 Wi\\u015bniewski\\",\\"pin\\":\\"7319\\"}"}\n');
    expect(unicode).not.toMatch(/Pawe|7319/);
    expect(() => JSON.parse(unicode)).not.toThrow();
  });

  it('keeps escaped JSON without private values byte for byte', async () => {
    const kept = '{"text":"{\\"codec\\":\\"OPUS\\",\\"callId\\":\\"8f3a2c1d-5b6e-4a7f-9c0d-1e2f3a4b5c6d\\",\\"version\\":\\"6.3.11.60501\\",\\"name\\":\\"\\u00e9\\"}"}\n';
    expect(await redactedStream(kept.replace('\\"name\\":\\"\\u00e9\\"', '\\"tz\\":\\"Europe/Warsaw\\"'))).toBe(kept.replace('\\"name\\":\\"\\u00e9\\"', '\\"tz\\":\\"Europe/Warsaw\\"'));
  });
});

describe('text without encodings', () => {
  it('a JWT and base64 stay as the rules leave them (their "=" and "+" are no encoding)', async () => {
    const jwt = 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    const out = await redactedStream(`${jwt}\n`);
    expect(out).not.toContain('dozjgNryP4J3');
  });
});
