/**
 * Vanity phone numbers, spelled with letters on the keypad: 1-800-FLOWERS, 1 (888) GO-FEDEX,
 * +1 800 MY APPLE, (415) 555-CAKE. Toll-free area codes with or without the leading 1; any other
 * area code only in brackets. The placeholder is that of the number the letters dial.
 */
import { isPublicServiceNumber } from '../public-service-numbers.js';
import { STANDARD, phone, type RedactionRule } from './rule-types.js';

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({ 2: 'ABC', 3: 'DEF', 4: 'GHI', 5: 'JKL', 6: 'MNO', 7: 'PQRS', 8: 'TUV', 9: 'WXYZ' })) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

/** The number a vanity spelling dials (letters to keypad digits). */
export function dialledDigits(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => KEYPAD[letter]!);
}

/** A vanity number, found from its first digit (a '+' before it is taken along). */
export const VANITY_PHONE_RULE: RedactionRule = {
  category: 'phone',
  profiles: STANDARD,
  // The subscriber part: seven keypad characters in up to three groups, at least two letters.
  pattern:
    '\\d(?<![A-Za-z0-9.]\\d)(?:(?<=1)[ .-]?\\(?8(?:00|33|44|55|66|77|88)\\)?[ .-]?|(?<=8)(?:00|33|44|55|66|77|88)(?:[ .-]|(?<=\\(8\\d\\d)\\)[ ]?)|(?<=\\([2-9])\\d\\d\\)[ ]?)' +
    '(?=(?:[ .-]?[A-Z0-9]){7}(?![A-Za-z0-9]))(?=(?:[0-9 .-]*[A-Z]){2})[A-Z0-9]+(?:[ .-][A-Z0-9]+){0,2}(?![A-Za-z0-9])',
  replace: (c) => {
    const text = c.group(0)!;
    const digits = dialledDigits(text).replace(/\D/g, '');
    if ((digits.length !== 10 && digits.length !== 11) || isPublicServiceNumber(digits)) return null;
    const open = c.textBefore(1) === '(' ? c.takeBefore(/\(/, 1) : '';
    const plus = c.textBefore(1) === '+' ? c.takeBefore(/\+/, 1) : '';
    return phone(c, plus + dialledDigits(open + text));
  },
};
