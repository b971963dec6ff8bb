/**
 * IBANs written in groups of four (CZ65 0800 0000 1920 0014 5399, GB82 WEST 1234 5698 7654 32),
 * found without a key in every profile that finds numbers: the scan reaches the first group that
 * starts a number (the country and check digits are glued to letters, so no number starts there),
 * a shape detector or the phone rule looks at the digits and keeps them, and this second look,
 * run only on such kept numbers after a space, finds the IBAN's start before them. The country's
 * length and the mod-97 check make it certain (iban.ts).
 */
import { ibanAt } from '../iban.js';
import { simple, type MatchContext } from './rule-types.js';

/** The IBAN's start before a kept number: country, check digits and up to three groups of four, each then one space. */
const LEAD = /(?<![A-Za-z0-9])[A-Z]{2}\d\d(?: [A-Z0-9]{4}){0,3} $/;

/** The IBAN placeholder when the kept match is the middle or end of a spaced IBAN, or null. */
export function replaceSpacedIban(c: MatchContext): string | null {
  const lead = LEAD.exec(c.textBefore(20));
  if (lead === null) return null;
  const match = c.group(0)!;
  const iban = ibanAt(lead[0] + match + c.textAfter(0, 40));
  if (iban === null) return null;
  const after = iban.length - lead[0].length - match.length;
  if (after < 0) return null;
  c.takeBefore(/[A-Z0-9 ]/, lead[0].length);
  c.coverAfter(after);
  return simple(c, 'iban', iban.replace(/ /g, ''));
}
