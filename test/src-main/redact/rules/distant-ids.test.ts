// National numbers named a few words before them in chat, transcripts and e-mail (standard
// profile), and the HETU and Emirates ID found by their own format. Values are invented, their
// check digits computed with the issuers' rules; numbers that fail the check, numbers in another
// sentence and a log's technical numbers must stay.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('a national number a few words after its name', () => {
  it.each([
    ['BSN on the purchase order is 271815851', ['271815851']],
    ['burgerservicenummer van de klant staat hier: 314179203', ['314179203']],
    ['my AMKA is 17048255446 and HETU of Mikko is 230471-2747', ['17048255446', '230471-2747']],
    ['His NIN is on the HR ticket (38290467234)', ['38290467234']],
    ['PESEL sygnatariusza: 92071423770', ['92071423770']],
    ['T.C. Kimlik No. 38290467234', ['38290467234']],
    ['Kimlik numaram şu: 38290467234', ['38290467234']],
    ['Emirates ID 784-1987-0003168-9', ['784-1987-0003168-9']],
    ['מספר הזהות שלי 300031689', ['300031689']],
    ['NHS number on the referral: 4850023770', ['4850023770']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('finds a HETU with a letter and an Emirates ID with no name before them', () => {
    expectRedacted('the id is 050203A274E for her, card 784-1987-0003168-9 on file', ['050203A274E', '784-1987-0003168-9'], ['the id is', 'on file']);
  });

  it('keeps numbers that fail the check, numbers in the next sentence and numbers after other words', () => {
    for (const line of [
      'BSN on the purchase order is 271815852',
      'BSN. The order number is 271815851',
      'NIN was checked; ticket 38290467234 closed',
      'AMKA is pending, request 17048255447 failed',
      'job 271815851 finished, port 5060, build 10.2.1, Call-ID 38290467234@pbx',
      'Emirates ID 784-1987-0003168-8',
      'build 230471-2747 of 2024-05-01T10:00:00Z, uuid 1b4e28ba-2fa1-11d2-883f-0016d3cca427',
    ]) expect(redactLine(line)).toBe(line);
  });

  it('keeps a HETU whose check is a digit without its name, and leaves minimal alone', () => {
    const line = 'snapshot 230471-2747 restored';
    expect(redactLine(line)).toBe(line);
    expect(redactLine('BSN on the purchase order is 271815851', { profile: 'minimal' })).toBe('BSN on the purchase order is 271815851');
  });
});
