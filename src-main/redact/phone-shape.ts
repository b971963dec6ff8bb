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
