/**
 * The diagnostic shape of a phone number, kept in its placeholder: country calling code and digit
 * count (<phone:+1:10d-3>). libphonenumber-js (min metadata) splits the calling code correctly for
 * every country, which a hand-kept table would not; it only runs on the few matched values.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** The digits of a number as written (+, spaces, dots, dashes and brackets dropped). */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/** "+1:10d" for an international number, "10d" for a national one (no country known). */
export function phoneShape(text: string): string {
  const digits = phoneDigits(text);
  if (!text.trimStart().startsWith('+')) return `${digits.length}d`;
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (!parsed) return `+?:${digits.length}d`;
  return `+${parsed.countryCallingCode}:${parsed.nationalNumber.length}d`;
}

/** A national-format match is a phone number (see the rule): digit counts, and NANP area/exchange codes when only spaces separate. */
export function isNationalPhone(text: string): boolean {
  const digits = phoneDigits(text);
  if (text.startsWith('(')) return digits.length >= 9 && digits.length <= 13;
  if (text.startsWith('00')) return digits.length >= 9 && digits.length <= 17;
  if (text.startsWith('0')) return digits.length >= 9 && digits.length <= 12;
  if (digits.length === 11 ? !/^1[ .-]/.test(text) : digits.length !== 10) return false;
  // "415 555 0123" could be a row of figures: area and exchange codes start with 2-9 in a real number.
  return /[-.()]/.test(text) || /^[2-9]\d\d[2-9]/.test(digits.slice(-10));
}
