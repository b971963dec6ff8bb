/**
 * Checks a dialed number the way the seed says a caller should before redialing: hidden
 * characters from copy-paste, a doubled plus, a missing country code, and extension or pause
 * patterns the account may not support. Parsing and validation use libphonenumber-js.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type DialedNumberProblemKind = 'empty' | 'hidden-characters' | 'double-plus' | 'missing-country-code' | 'extension-pattern' | 'letters' | 'invalid';

export interface DialedNumberProblem {
  kind: DialedNumberProblemKind;
  /** One plain sentence: what is wrong and what to retype. */
  message: string;
}

export interface DialedNumberCheck {
  problems: DialedNumberProblem[];
  /** True for a short all-digit number, which is an internal extension rather than a phone number. */
  looksLikeExtension: boolean;
  /** The clean form to retype (E.164, e.g. "+14155550123"), when the number could be read. */
  retype: string | null;
}

// Characters a copy from a web page, chat or contact card carries invisibly.
const HIDDEN = /[\u0000-\u001f\u007f\u00a0\u00ad\u061c\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u206f\ufeff]/g;
// Pauses and extension markers: ",", ";", "p"/"w" pauses, "#", "x", "ext".
const EXTENSION = /(,|;|#|\bext\.?\s*\d|(?<=\d)\s*[xX]\s*\d|(?<=\d)[pPwW])/;
const EXTENSION_DIGITS_MAX = 6;

/** Checks one dialed number; defaultCountry is used only to suggest what to retype. */
export function checkDialedNumber(raw: string, defaultCountry?: CountryCode): DialedNumberCheck {
  const problems: DialedNumberProblem[] = [];
  const hidden = raw.match(HIDDEN) ?? [];
  const visible = raw.replace(HIDDEN, '').trim();
  if (visible === '') return { problems: [{ kind: 'empty', message: 'Enter the number you dialed.' }], looksLikeExtension: false, retype: null };
  if (hidden.length > 0) {
    const count = hidden.length === 1 ? 'a hidden character' : `${hidden.length} hidden characters`;
    problems.push({ kind: 'hidden-characters', message: `The number contains ${count} (from copy and paste). Type it again by hand instead of pasting.` });
  }
  const pluses = (visible.match(/\+/g) ?? []).length;
  if (pluses > 1 || (pluses === 1 && !visible.startsWith('+'))) {
    problems.push({ kind: 'double-plus', message: 'The number has more than one plus sign or a plus in the middle. Use a single + at the start, followed by the country code.' });
  }
  if (EXTENSION.test(visible)) {
    problems.push({
      kind: 'extension-pattern',
      message: 'The number includes an extension or pause (",", ";", "#", "x", "ext", "p", "w"). Dial the main number alone, then enter the extension when asked.',
    });
  }
  const withoutExtension = visible.split(EXTENSION)[0] ?? visible;
  if (/[a-zA-Z]/.test(withoutExtension)) {
    problems.push({ kind: 'letters', message: 'The number contains letters. Replace them with the digits from the keypad.' });
  }
  const digits = withoutExtension.replace(/\D/g, '');
  const looksLikeExtension = !withoutExtension.includes('+') && digits.length > 0 && digits.length <= EXTENSION_DIGITS_MAX;
  const international = withoutExtension.replace(/^\s*\++/, '+').replace(/^00/, '+');
  const hasCountryCode = international.trimStart().startsWith('+');
  if (!hasCountryCode && !looksLikeExtension) {
    problems.push({ kind: 'missing-country-code', message: 'The number has no country code. For outside calls, type + and the country code first (for example +1 for the US, +44 for the UK).' });
  }
  const parsed = hasCountryCode ? parsePhoneNumberFromString(international) : defaultCountry ? parsePhoneNumberFromString(withoutExtension, defaultCountry) : undefined;
  if (parsed && !parsed.isValid()) {
    problems.push({ kind: 'invalid', message: `This is not a valid number${parsed.country ? ` for ${parsed.country}` : ''}: check the area code and the number of digits.` });
  } else if (!parsed && hasCountryCode) {
    problems.push({ kind: 'invalid', message: 'This number could not be read: check the country code and the number of digits.' });
  }
  return { problems, looksLikeExtension, retype: parsed?.isValid() ? parsed.format('E.164') : null };
}
