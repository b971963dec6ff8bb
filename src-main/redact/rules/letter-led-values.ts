/**
 * Values led by capitals in the standard profile (issue 24): plates (AB12 CDE, XYZ-789), VINs
 * (WDB1234561A123456), passports (X1234567), Polish identity cards (ABA300000) and the codice
 * fiscale (RSSMRA85T10A562S), found from their first digit as one more branch of the digit pass.
 *
 * Speed: the digit pass already stops at every digit; its rules start only where no letter or
 * digit precedes. This branch is tried where that test fails and asks only that one to six
 * capitals, after a space, '(' or a quote, stand before the digit (a MAC's ":1A" or a hex word
 * fails on its first character). The phrase and the check are read in JS (replaceLetterLed).
 */
import { captureCount } from '../capture-groups.js';
import { replaceAt, replaceLetterLed } from './announced-values.js';
import { LETTER_LED_ID_RULE } from './identity-numbers.js';
import type { RedactionRule } from './rule-types.js';

/** A digit after one to six capitals (and a '-') that follow a space, a tab, '(' or a quote. */
export const LETTER_LED_BRANCH = '(?<=[ \\t("\'][A-Z]{1,6}-?\\d)';

const LETTER_LED_STICKY = new RegExp(LETTER_LED_ID_RULE.pattern, 'y');

/** The digit rule with the letter-led branch as its second top-level alternative (after the rule's own start test). */
export function withLetterLedValues(digitRule: RedactionRule): RedactionRule {
  if (!digitRule.pattern.startsWith('\\d')) throw new Error('the letter-led branch joins a rule that starts with a digit');
  const branch = 1 + captureCount(digitRule.pattern);
  return {
    ...digitRule,
    pattern: `\\d(?:${digitRule.pattern.slice(2)}|${LETTER_LED_BRANCH}())`,
    replace: (c) => {
      if (c.group(branch) === undefined) return digitRule.replace(c);
      // Strict's rule for capitals and a digit (IBAN, NINO, NIE) starts at the same digit: this branch, earlier, asks it first.
      return (c.profile === 'strict' ? replaceAt(c, LETTER_LED_ID_RULE, LETTER_LED_STICKY) : null) ?? replaceLetterLed(c);
    },
  };
}
