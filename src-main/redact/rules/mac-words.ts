/**
 * A MAC written as twelve bare hex digits after the word MAC, where no key separator announces it:
 * "MAC 805EC0A1B2C3", "# phone mac 00156508a3cd", "MAC address 0004f2a1b2c3". Bare hex has no
 * shape of its own (a hash, a counter), so the word decides. A branch of first-letter-rule.ts from
 * the word's 'M' or 'm' (in the person name rule's pass, which stops at every capital already).
 */
import { macPlaceholder } from '../typed-placeholders.js';
import type { LetterBranch } from './first-letter-rule.js';

/** The rest of the word after its first letter, an optional "address", a separator, then the hex. */
export const MAC_WORD_BRANCH: LetterBranch = {
  source: '(?:AC|ac)(?:[ _-]?(?:[Aa]ddr(?:ess)?|ADDR(?:ESS)?))?[ \\t]*[:=#]?[ \\t]*([0-9A-Fa-f]{12})(?![0-9A-Za-z_])',
  replace: (c) => {
    const hex = c.group(1)!;
    if (c.profile === 'minimal' || !/\d/.test(hex) || /^(?:0+|f+)$/i.test(hex)) return null;
    const text = c.textAfter(0, 40);
    const end = text.indexOf(hex) + hex.length;
    c.coverAfter(end);
    return `${c.group(0)}${text.slice(0, end - hex.length)}${macPlaceholder(c.placeholders, hex)}`;
  },
};
