/**
 * International Bank Account Numbers (ISO 13616): a country code, two check digits and the
 * country's BBAN of a fixed length, grouped by four with spaces or written whole. The mod-97 check
 * and the exact length for the country make a match certain without a label.
 */

/**
 * IBAN length by country, from the IBAN registry that SWIFT keeps for ISO 13616 (release 98,
 * 2024), including the countries whose IBAN is in use but not yet in the registry's main list.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22,
  GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30,
  KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20,
  MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22,
  RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** True when the characters (no spaces) form an IBAN: a known country, its length, mod 97 = 1. */
export function isIban(text: string): boolean {
  const iban = text.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban) || IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  // The first four characters moved to the end, letters as 10-35, the number mod 97 digit by digit.
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const code = moved.charCodeAt(i);
    rest = code <= 57 ? (rest * 10 + code - 48) % 97 : (rest * 100 + code - 55) % 97;
  }
  return rest === 1;
}

/**
 * The IBAN at the start of `text` (its country code first), as written (spaces kept), or null: as
 * many characters as the country's length, written whole or in groups of four separated by one
 * space, and not running on into another letter or digit.
 */
export function ibanAt(text: string): string | null {
  const length = IBAN_LENGTHS[text.slice(0, 2).toUpperCase()];
  if (length === undefined) return null;
  const whole = text.slice(0, length);
  if (/^[A-Za-z0-9]+$/.test(whole) && !/^[A-Za-z0-9]/.test(text.slice(length)) && isIban(whole)) return whole;
  let written = '';
  let count = 0;
  for (let i = 0; i < text.length && count < length; i++) {
    const c = text[i]!;
    if (c === ' ') {
      if (count % 4 !== 0 || text[i - 1] === ' ') return null;
    } else if (/[A-Za-z0-9]/.test(c)) count++;
    else return null;
    written += c;
  }
  if (count !== length || /^[A-Za-z0-9]/.test(text.slice(written.length))) return null;
  return isIban(written.replace(/ /g, '')) ? written : null;
}
