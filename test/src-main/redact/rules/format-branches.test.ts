// Structured formats and personal links (issue 24): vCard/iCalendar properties, passport MRZs,
// Avaya SET lines, HA1 digests, push tokens, share links, profile URLs and @handles. Values invented;
// formats from RFC 6350, RFC 5545, ICAO Doc 9303 (its specimen ERIKSSON zones) and vendors' docs.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';
import { mrzCheckDigit } from '../../../../src-main/redact/rules/mrz-zones.js';

type Profile = 'minimal' | 'standard' | 'strict';
function redact(text: string, profile: Profile = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}
function check(text: string, gone: string[], kept: string[], profile: Profile = 'standard'): void {
  const out = redact(text, profile);
  for (const value of gone) expect(out, `"${value}" survived in: ${out}`).not.toContain(value);
  for (const value of kept) expect(out, `"${value}" was lost in: ${out}`).toContain(value);
}

describe('vCard and iCalendar properties', () => {
  const vcard = [
    'BEGIN:VCARD', 'VERSION:4.0', 'N:Lindqvist;Harriet;Maja;Dr.;', 'N:王;小明;;;', 'FN;CHARSET=UTF-8:Seán Ó Briain',
    'ADR;TYPE="work":;;Kungsgatan 4\\, lgh 1102;Göteborg;;41119;Sverige', 'TEL;TYPE=cell:+46 70 123 45 67',
    'EMAIL;TYPE=work:harriet@corp.example', 'BDAY:--0415', 'IMPP:skype:harriet.lq', 'X-SOCIALPROFILE;type=x:https://x.com/hlq77',
    'X-TELEGRAM:hlindq_tg', 'item1.URL:https://hlindqvist.example.net/about', 'GEO:geo:37.386013,-122.082932',
    'NOTE:Met at the conference', 'ORG:Example Corp', 'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1', 'END:VCARD', '',
  ].join('\r\n');

  it('takes each private property whatever its value looks like, and keeps the rest', () => {
    check(vcard, ['Lindqvist', 'Harriet', 'Maja', '王', '小明', 'Seán', 'Kungsgatan', 'Göteborg', '41119', '70 123 45 67', 'harriet@', '--0415', 'harriet.lq', 'hlq77', 'hlindq_tg', 'hlindqvist.example', '37.386013'],
      ['N:', ';Dr.;', 'FN;CHARSET=UTF-8:', ';Sverige', 'IMPP:skype:', 'item1.URL:https://', 'NOTE:Met at the conference', 'ORG:Example Corp', 'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1', 'VERSION:4.0', 'BEGIN:VCARD\r\n']);
  });

  it('reads iCalendar attendees with quoted and folded parameters, GEO and street LOCATIONs', () => {
    const ics = 'BEGIN:VEVENT\nATTENDEE;CN=Pieter de Vries;ROLE=REQ-PARTICIPANT:mailto:pieter@corp.example\nORGANIZER;CN="Okonkwo, Adaeze":mailto:adaeze@corp.example\n' +
      'ATTENDEE;RSVP=TRUE;CN=Jean-Luc Mar\n chetti;ROLE=OPT-PARTICIPANT:mailto:jl@corp.example\nLOCATION:221B Baker Street\\, London NW1 6XE\nLOCATION:Conference Room 4\n' +
      'GEO:37.386013;-122.082932\nCONTACT:Jim Dolittle\\, ABC Industries\nSUMMARY:Zoom Phone outage review\nDTSTART;TZID=America/New_York:20261207T100000\nEND:VEVENT\n';
    check(ics, ['Pieter', 'Okonkwo', 'Adaeze', 'Marchetti', 'chetti', 'Baker Street', '37.386013', 'Dolittle'],
      ['ROLE=REQ-PARTICIPANT:mailto:<email-', 'ORGANIZER;CN="<name-', 'LOCATION:Conference Room 4', 'SUMMARY:Zoom Phone outage review', 'DTSTART;TZID=America/New_York:20261207T100000']);
  });

  it('reads a vCard inside a JSON string, and leaves vCard lines alone in minimal', () => {
    const json = '{"card":"BEGIN:VCARD\\nVERSION:3.0\\nN:Okafor;Chidi;;;\\nTEL;TYPE=CELL:+234 803 555 0199\\nEND:VCARD"}';
    const out = redact(json);
    expect(out).not.toContain('Okafor');
    expect(() => JSON.parse(out)).not.toThrow();
    expect(redact('x\nN:Okafor;Chidi;;;\n', 'minimal')).toContain('Okafor');
  });
});

describe('machine-readable zones', () => {
  const td3 = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
  const td1 = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'];

  it('computes ICAO 9303 check digits', () => {
    expect(mrzCheckDigit('L898902C3')).toBe(6);
    expect(mrzCheckDigit('740812')).toBe(2);
    expect(mrzCheckDigit('D23145890')).toBe(7);
  });

  it('takes TD3 and TD1 zones as lines, in JSON strings and as list items', () => {
    check(`mrz:\n${td3.join('\n')}\nnext line`, [...td3, 'ERIKSSON', 'L898902C3'], ['mrz:\n<passport-', '\nnext line']);
    check(`{"mrz":"${td1.join('\\n')}"}`, [...td1, 'ERIKSSON', 'D23145890'], ['{"mrz":"<passport-']);
    check(`"lines": ["${td3[0]}", "${td3[1]}"]`, [...td3], ['"lines": ["<passport-']);
    check(`number line only: ${td3[1]}`, [td3[1]!], ['number line only: ']);
  });

  it('keeps a number line whose check digits fail, and text with < that is no MRZ', () => {
    check('L898902C35UTO7408123F1204150ZE184226B<<<<<10 List<String> a<<b PCRE<<<', [], ['L898902C35UTO7408123F1204150ZE184226B<<<<<10', 'List<String>', 'a<<b']);
  });
});

describe('SIP digest hashes and Avaya SET lines', () => {
  const hex = ['84ed3e3a76703c1044da21c8609334a2', '0c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2c', '1c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2d', '2c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2e', '3c2a6b1e6a3e6d2f2c6b1d0e5f4a3b2f'];
  it('takes HA1 after its keys in every profile, and keeps a bare MD5', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      check(`md5_cred=${hex[0]} ha1=${hex[1]} "ha1b": "${hex[2]}" a1-hash: ${hex[3]}\nSET SIPHA1 ${hex[4]}\nfile md5 9e107d9d372bb6826bd81d3542a419d6 sha1=ab12`, hex,
        ['file md5 9e107d9d372bb6826bd81d3542a419d6', 'sha1=ab12', 'SET SIPHA1 <secret-'], profile);
    }
  });

  it('reads SET lines for every key the key rule knows, and keeps the others', () => {
    const settings = 'SET SIPPASSWORD 8812345\nSET SIPUSERNAME 4155550123\n## SET ADMIN_PASSWORD 27238\nSET PROCPSWD "crft 99"\nSET SIPDOMAIN sip.example.com\nSET SIP_CONTROLLER_LIST 10.0.0.5:5061;transport=tls\nSET DSCPAUD 46';
    check(settings, ['8812345', '4155550123', '27238', 'crft 99'], ['SET SIPPASSWORD <secret-', 'SET SIPUSERNAME <user-', '## SET ADMIN_PASSWORD <secret-', 'SET SIPDOMAIN sip.example.com', 'SET DSCPAUD 46']);
    check(settings, ['8812345', '27238'], ['SET SIPUSERNAME 4155550123'], 'minimal');
  });
});

describe('push and share tokens', () => {
  const fcm = 'cXk3Tb4RQ0u:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx6d1mN3wGzTq0ZC7Kf1mPUVcJxR0hR8YsXo6bqS7fD2iR5kLwK4vYt9dQ2uL3Fx8QeN1pPz0aBcDeFgHiJkLmNoPqRsTuVwXyZ_12345678';
  it('takes FCM tokens anywhere and APNs tokens after their keys, in every profile', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      check(`registered ${fcm} ok\n"apns": "7e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f"`, [fcm.slice(20), '7e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b'], ['registered '], profile);
    }
  });

  it('takes the token of share links on any host and keeps the host and path words', () => {
    const links = 'https://app.box.com/s/k3j4h5g6f7d8s9a0qwerty https://zoom.us/rec/share/Ab3dEfGh-IjKlMn0pQ.rStUvW https://us02web.zoom.us/rec/play/ZxYwVu9876tsrq ' +
      'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view https://1drv.ms/u/s!AkLmNoPqRsTuVw https://www.dropbox.com/s/abc123xyz789/report.pdf?dl=0 ' +
      'https://zoom.us/j/845221966?pwd=Zm9vYmFyYmF6cXV4 https://share.example.org/share/Q9w8E7r6T5y4';
    for (const profile of ['minimal', 'standard'] as const) {
      check(links, ['k3j4h5g6f7d8s9a0qwerty', 'Ab3dEfGh', 'ZxYwVu9876tsrq', '1AbCdEfGhIjKlMnOpQrStUvWxYz', 'AkLmNoPqRsTuVw', 'abc123xyz789', 'Zm9vYmFyYmF6cXV4', 'Q9w8E7r6T5y4'],
        ['https://app.box.com/s/<url-credentials-', 'https://zoom.us/rec/share/<', '/view', '/report.pdf?dl=0', 'https://share.example.org/share/<'], profile);
    }
  });

  it('keeps API paths with UUIDs and Call-IDs', () => {
    check('GET https://api.zoom.us/v2/phone/calls/7f3c9d1e-2b4a-4c6d-8e9f-0a1b2c3d4e5f/recordings 200 and /s/ in GET /api/s/v2 and km/s/2', [],
      ['https://api.zoom.us/v2/phone/calls/7f3c9d1e-2b4a-4c6d-8e9f-0a1b2c3d4e5f/recordings', 'GET /api/s/v2', 'km/s/2']);
  });
});

describe('profile URLs and handles', () => {
  it('takes the handle of profile URLs and keeps repository and product URLs', () => {
    check('https://www.linkedin.com/in/harriet-lindqvist-4a5b6c/ https://github.com/hlindq https://x.com/hlq_x https://twitter.com/hlq_tw https://instagram.com/hlindq.photo ' +
      'https://facebook.com/harriet.lindqvist t.me/hlindq_tg https://wa.me/46701234567 https://calendly.com/hlq-cal/30min https://zoom.us/my/harriet.lq https://acme.webex.com/meet/hlindqvist',
    ['harriet-lindqvist-4a5b6c', 'hlindq', 'hlq_x', 'hlq_tw', 'hlindq.photo', 'harriet.lindqvist', 'hlindq_tg', '46701234567', 'hlq-cal', 'harriet.lq', 'hlindqvist'],
    ['linkedin.com/in/<user-', 'calendly.com/<user-', '/30min', 'zoom.us/my/<user-', 'acme.webex.com/meet/<user-', 'wa.me/<phone']);
    check('https://github.com/hlindq and Telegram @tg_hl', [], ['github.com/hlindq', '@tg_hl'], 'minimal');
    check('see https://github.com/zoom/zoom-sdk/issues/12 and https://support.zoom.com/hc/en/article?id=zm_kb and https://github.com/features', [],
      ['https://github.com/zoom/zoom-sdk/issues/12', 'https://support.zoom.com/hc/en/article?id=zm_kb', 'https://github.com/features']);
  });

  it('takes @handles after a service word and keeps e-mails, SIP URIs and decorators', () => {
    check('ping @giulia.b on Slack. Twitter/X: @hlindq_x, Telegram @tg_hl, GitHub: @octo-dev.', ['giulia.b', 'hlindq_x', 'tg_hl', 'octo-dev'], ['ping @<user-', ' on Slack.', 'Twitter/X: @<user-']);
    check('@Override public void run() {} @param x sip:bob@pbx.example.com mail ann@corp.example @here on Slack', [],
      ['@Override', '@param x', '@pbx.example.com', '@here on Slack']);
  });
});
