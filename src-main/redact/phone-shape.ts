/**
 * The diagnostic shape of a phone number, kept in its placeholder: country calling code and digit
 * count (<phone:+1:10d-3>). The calling codes and national prefixes come from libphonenumber-js's
 * metadata (min), which a hand-kept table would not keep up with.
 */
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import metadata from 'libphonenumber-js/min/metadata';

/** Matches any national number: the full parse decides. */
const ALWAYS = /(?:)/;

/**
 * Every calling code (country and non-geographic), with the national prefix its numbering plan
 * strips when parsing ("0", "1" for NANP, "8" for Russia), or null when it has none. Built on the
 * first international number, not when the module loads (every zpb command loads it).
 */
let callingCodes: ReadonlyMap<string, RegExp | null> | null = null;

function callingCodeTable(): ReadonlyMap<string, RegExp | null> {
  callingCodes ??= new Map(
    [...Object.keys(metadata.country_calling_codes), ...Object.keys(metadata.nonGeographic ?? {})].map((code) => {
      const plan = new Metadata();
      // selectNumberingPlan takes a calling code too; its type names only countries.
      plan.selectNumberingPlan(code as CountryCode);
      // Untyped in the package's .d.ts; without it (another version) every number takes the full parse.
      const numbering = plan.numberingPlan as { nationalPrefixForParsing?: () => string | undefined } | undefined;
      if (typeof numbering?.nationalPrefixForParsing !== 'function') return [code, ALWAYS];
      const prefix = numbering.nationalPrefixForParsing();
      return [code, prefix ? new RegExp(`^(?:${prefix})`) : null];
    }),
  );
  return callingCodes;
}

/** The digits of a number as written (+, spaces, dots, dashes and brackets dropped). */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/** "+1:10d" for an international number, "10d" for a national one (no country known). */
export function phoneShape(text: string): string {
  const digits = phoneDigits(text);
  if (!text.trimStart().startsWith('+')) return `${digits.length}d`;
  // Calling codes are prefix-free (ITU E.164), so the first 1-3 digits that are one is the one.
  const table = callingCodeTable();
  for (let length = 1; length <= 3; length++) {
    const code = digits.slice(0, length);
    const prefix = table.get(code);
    if (prefix === undefined) continue;
    // A national prefix after the calling code ("+44 020...") is stripped, or not, by rules of
    // each plan: libphonenumber decides those few. The rest, nearly every number, is the digits
    // after the code, which is what it answers too (phone-shape.test.ts compares them), ~10x faster:
    // its full parse also finds the country (+1 is 25 of them), ~20 µs per distinct number.
    if (prefix?.test(digits.slice(length))) return parsedShape(digits);
    const national = digits.length - length;
    return national < MIN_NATIONAL || national > MAX_NATIONAL ? `+?:${digits.length}d` : `+${code}:${national}d`;
  }
  return `+?:${digits.length}d`;
}

/** libphonenumber's bounds on a national number's length: outside them it parses nothing. */
const MIN_NATIONAL = 2;
const MAX_NATIONAL = 17;

/** The shape from libphonenumber's full parse: the reference the fast path must equal. */
export function parsedShape(digits: string): string {
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

/**
 * A phone number written after its word (fax 22 628 41 98, mobile 532 418 27 63, Tel. 06 1 457
 * 2290, tel 612 34 56 78), as the announced-value rule reads it: 7 to 15 digits in groups joined
 * by spaces, dots, dashes or slashes, and not a date, an IPv4 address or a dotted version. The
 * number as written, or null.
 */
export function announcedPhone(value: string): string | null {
  if (!/^\+?\d+(?:[ ./-]\d+){0,6}$/.test(value)) return null;
  const digits = phoneDigits(value);
  if (digits.length < 7 || digits.length > 15) return null;
  // 12.03.1985, 1985-03-12, 12/03/85 and a date with its time are dates, 10.0.0.12 an address, 5.17.11.3402 a version.
  if (/^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/.test(value) || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return null;
  // Dots alone: only the French way (06.12.34.56.78), every group two digits.
  if (/^\d+(?:\.\d+)+$/.test(value) && !/^\d\d(?:\.\d\d){3,4}$/.test(value)) return null;
  return value;
}

/**
 * An international number written with 00 instead of '+' and no separators (0036301852247): the
 * number with '+' when libphonenumber finds it valid, else null.
 */
export function zeroZeroInternational(value: string): string | null {
  if (!/^00[1-9]\d{6,13}$/.test(value)) return null;
  const parsed = parsePhoneNumberFromString(`+${value.slice(2)}`);
  return parsed?.isValid() ? `+${value.slice(2)}` : null;
}
