// vCard (RFC 6350) and iCalendar (RFC 5545) content lines (issue 24): the property is the context.
// Values invented; property and parameter forms from the RFCs' examples.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('vCard and iCalendar properties', () => {
  const vcard = [
    'BEGIN:VCARD', 'VERSION:4.0', 'N:Lindqvist;Harriet;Maja;Dr.;', 'N:王;小明;;;', 'FN;CHARSET=UTF-8:Seán Ó Briain',
    'ADR;TYPE="work":;;Kungsgatan 4\\, lgh 1102;Göteborg;;41119;Sverige', 'TEL;TYPE=cell:+46 70 123 45 67',
    'EMAIL;TYPE=work:harriet@corp.example', 'BDAY:--0415', 'IMPP:skype:harriet.lq', 'X-SOCIALPROFILE;type=x:https://x.com/hlq77',
    'X-TELEGRAM:hlindq_tg', 'ADR;LABEL="7 Rue Oberkampf\\nParis";TYPE=home:;;7 Rue Oberkampf;Paris;;75011;France', 'item1.URL:https://hlindqvist.example.net/about', 'GEO:geo:37.386013,-122.082932', 'item2.X-ABRELATEDNAMES:Olof',
    'item2.X-ABLabel:_$!<Friend>!$_', 'NOTE:Met at the conference', 'ORG:Example Corp', 'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1', 'END:VCARD', '',
  ].join('\r\n');

  it('takes each private property whatever its value looks like, and keeps the rest', () => {
    expectRedacted(vcard, ['Oberkampf', 'Lindqvist', 'Harriet', 'Maja', '王', '小明', 'Seán', 'Kungsgatan', 'Göteborg', '41119', '70 123 45 67', 'harriet@', '--0415', 'harriet.lq', 'hlq77', 'hlindq_tg', 'hlindqvist.example', '37.386013', 'Olof'],
      ['N:', ';Dr.;', 'FN;CHARSET=UTF-8:', ';Sverige', 'IMPP:skype:', 'item1.URL:https://', 'item2.X-ABLabel:_$!<Friend>!$_', 'NOTE:Met at the conference', 'ORG:Example Corp', 'UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1', 'VERSION:4.0', 'BEGIN:VCARD\r\n']);
  });

  it('reads vCard 2.1 and 3.0 spellings, and a property on the first line of a text (a stream piece)', () => {
    expectRedacted('N:Okafor;Chidi;;;\nTEL;CELL;VOICE:+1 555 0100\nADR;HOME:;;123 Main St;Springfield;IL;62701;USA\nBDAY;VALUE=date:1982-04-17\nEMAIL;INTERNET;PREF:chidi@example.org\nX-AIM;TYPE=work:chidi77\n',
      ['Okafor', 'Chidi', '555 0100', 'Main St', 'Springfield', '62701', '1982-04-17', 'chidi@', 'chidi77'], ['N:<name-', ';USA', 'BDAY;VALUE=date:<']);
  });

  it('reads iCalendar attendees with quoted and folded parameters, GEO and street LOCATIONs', () => {
    const ics = 'BEGIN:VEVENT\nATTENDEE;CN=Pieter de Vries;ROLE=REQ-PARTICIPANT:mailto:pieter@corp.example\nORGANIZER;CN="Okonkwo, Adaeze":mailto:adaeze@corp.example\n' +
      'ATTENDEE;RSVP=TRUE;CN=Jean-Luc Mar\n chetti;ROLE=OPT-PARTICIPANT:mailto:jl@corp.example\nLOCATION:221B Baker Street\\, London NW1 6XE\nLOCATION:Conference Room 4\n' +
      'GEO:37.386013;-122.082932\nCONTACT:Jim Dolittle\\, ABC Industries\nSUMMARY:Zoom Phone outage review\nDTSTART;TZID=America/New_York:20261207T100000\nEND:VEVENT\n';
    expectRedacted(ics, ['Pieter', 'Okonkwo', 'Adaeze', 'Marchetti', 'chetti', 'Baker Street', '37.386013', 'Dolittle'],
      ['ROLE=REQ-PARTICIPANT:mailto:<email-', 'ORGANIZER;CN="<name-', 'LOCATION:Conference Room 4', 'SUMMARY:Zoom Phone outage review', 'DTSTART;TZID=America/New_York:20261207T100000']);
  });

  it('reads a vCard inside a JSON string, and keeps log lines that only start like a property', () => {
    const json = '{"card":"BEGIN:VCARD\\nVERSION:3.0\\nN:Okafor;Chidi;;;\\nTEL;TYPE=CELL:+234 803 555 0199\\nEND:VCARD"}';
    const out = redactLine(json);
    expect(out).not.toContain('Okafor');
    expect(() => JSON.parse(out)).not.toThrow();
    expectRedacted('x\nURL: https://api.zoom.us/v2/users/me\nTEL: 503 from upstream\nGEO: us-east\n', [], ['URL: https://api.zoom.us/v2/users/me', 'TEL: 503 from upstream', 'GEO: us-east']);
  });

  it('leaves vCard lines alone in minimal (names and places are not secrets)', () => {
    expect(redactLine('x\nN:Okafor;Chidi;;;\n', { profile: 'minimal' })).toContain('Okafor');
  });
});
