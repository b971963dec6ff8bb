/**
 * Numbers found by their check digit, not by a label: payment cards (Luhn, 13-19 digits, an issuer
 * prefix), IMEIs (15 digits, Luhn, a reporting-body prefix) and SIM ICCIDs (19-20 digits from 89,
 * Luhn), contiguous or grouped by spaces, dashes, '+' (a form body's spaces) or (IMEI) slashes. A 16-digit request id that
 * fails Luhn stays; so does a millisecond timestamp (it starts with 1: no card does).
 */
import { STANDARD, simple, type RedactionRule } from './rule-types.js';
import { replaceSpacedIban } from './spaced-ibans.js';

/** True when the digits pass the Luhn check (ISO/IEC 7812). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes of card networks (Visa 4; Mastercard 51-55 and 2221-2720; Amex 34, 37; Diners
 * 30, 36, 38, 39; JCB 35; Discover, UnionPay, Maestro and RuPay 5x and 6x). Numbers starting with 0,
 * 1, 7, 8 or 9 are not cards (ids, timestamps, ICCIDs).
 */
const CARD_PREFIX = /^(?:4|5|6|3[0-9]|2(?:22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/;

/** IMEI reporting-body identifiers (the first two digits of the type allocation code, GSMA TS.06; 00 for test devices). */
const IMEI_PREFIX = /^(?:00|01|10|30|33|35|44|45|49|50|51|52|53|54|86|91|98|99)/;

/** What a checksummed number is, or null when it is none. */
export function checksummedKind(digits: string): 'card' | 'imei' | 'iccid' | null {
  if (digits.length < 13 || digits.length > 20 || !passesLuhn(digits)) return null;
  if (digits.startsWith('89') && digits.length >= 19) return 'iccid';
  if (digits.length === 15 && IMEI_PREFIX.test(digits)) return 'imei';
  return digits.length <= 19 && CARD_PREFIX.test(digits) ? 'card' : null;
}

/** Cards, IMEIs and ICCIDs, found from a digit that follows no word character or dot. */
export const CHECKSUMMED_NUMBER_RULE: RedactionRule = {
  category: 'card',
  profiles: STANDARD,
  // At least 13 digits ahead (checked first, so short numbers cost one failed lookahead), then
  // the number contiguous or in groups with one kind of separator; the run must not go on.
  pattern:
    '\\d(?<![A-Za-z0-9.]\\d)(?=(?:[ /+-]?\\d){12})(?:\\d{12,19}(?![A-Za-z0-9_])' +
    // '+' is a space in a form body (card=5198+3412+7765+4025).
    '|\\d{0,7}(?:(?:[ ]\\d{1,8}){1,6}|(?:-\\d{1,8}){1,6}|(?:\\+\\d{1,8}){1,6}|(?:/\\d{1,8}){2,4})(?![A-Za-z0-9_]|[ ./+-]\\d))',
  replace: (c) => {
    const text = c.group(0)!;
    const digits = text.replace(/\D/g, '');
    const kind = checksummedKind(digits);
    if (kind === null || (kind === 'card' && text.includes('/'))) return null;
    // The tail of a spaced IBAN may pass Luhn too (DE44 5001 0517 5407 3249 31): the IBAN wins.
    return (text.includes(' ') ? replaceSpacedIban(c) : null) ?? simple(c, kind, digits);
  },
};
