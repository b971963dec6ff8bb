// IBANs written in groups of four are found without a key, in prose of any language, whatever the
// rule that looked at their digits first (phone shape, card shape that passes Luhn); a number with
// a wrong check or an unknown country stays, and the minimal profile keeps them (no credentials).
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('spaced IBANs', () => {
  it.each([
    // Czech (digits only, the first group reads as a national phone number).
    ['účet CZ65 0800 0000 1920 0014 5399, děkuji', ['CZ65', '0800 0000 1920 0014 5399']],
    // Polish, 26 digits after the country.
    ['przelew na konto PL61 1090 1014 0000 0712 1981 2874.', ['PL61', '1090 1014']],
    // British, with the bank's letters in the second group.
    ['refund to GB82 WEST 1234 5698 7654 32 please', ['GB82', 'WEST', '1234 5698']],
    // French, 27 characters: the last group has three.
    ['RIB: FR76 3000 6000 0112 3456 7890 189', ['FR76', '3000 6000', '7890 189']],
    // German: the digits after the country pass Luhn, so the card rule saw them first.
    ['Bankverbindung DE44 5001 0517 5407 3249 31 (Sparkasse)', ['DE44', '5001 0517 5407 3249 31']],
  ])('redacts %s', (line, gone) => {
    expectRedacted(line, gone, []);
  });

  it('gives one placeholder to one IBAN however it is spaced', () => {
    const out = redactLine('a DE44 5001 0517 5407 3249 31 b DE44500105175407324931');
    expect(out).toMatch(/^a <iban-1> b /);
  });

  it.each([
    // Wrong check digits, an unknown country, too few groups to be the country's length.
    'DE45 5001 0517 5407 3249 31 is no IBAN',
    'code XX12 3456 7890 1234 5678 in the table',
    'ref AB12 0800 0000 1920',
  ])('keeps digits that are no IBAN in %s', (line) => {
    expect(redactLine(line)).not.toContain('<iban-');
  });

  it('keeps them in the minimal profile', () => {
    expect(redactLine('konto PL61 1090 1014 0000 0712 1981 2874.', { profile: 'minimal' })).toContain('PL61 1090 1014 0000 0712 1981 2874');
  });
});
