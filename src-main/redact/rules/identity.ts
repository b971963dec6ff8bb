/**
 * Personal identifiers: email addresses, SIP display names, extensions, home folders of any user,
 * international phone numbers, and the literal values of this machine and user. Standard and strict.
 */
import { isNationalPhone } from '../phone-shape.js';
import { extensionPlaceholder, isPhoneNumber } from '../typed-placeholders.js';
import { caseVariants } from './regex-words.js';
import { STANDARD, phone, simple, type RedactionRule, type RuleCategory } from './rule-types.js';

const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const NOT_ANGLE = /[^<>\r\n]/;
// RFC 3261 token characters and spaces (and any non-ASCII byte of a UTF-8 name), optionally in single quotes.
const UNQUOTED_DISPLAY_NAME = /^([ \t]*)(')?([A-Za-z0-9\-.!%*_+`'~ \t\x80-\xff]*?)\2([ \t]*)$/;
const WINDOWS_HOME_DIRS = '\\\\{1,2}(?:Users|users|USERS|Documents and Settings|home\\$)\\\\{1,2}';
const UNIX_HOME_DIRS = '/Users/|/home/';

/** An email address, found from its '@'. */
export const EMAIL_RULE: RedactionRule = {
  category: 'email',
  profiles: STANDARD,
  rare: true,
  // Found from its '@' (also URL-encoded once or twice, or JSON-escaped) and extended back over
  // the local part.
  pattern: '(?:@|%40|%2540|\\\\u0040)((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24})(?![A-Za-z0-9-])',
  replace: (c) => {
    const local = c.takeBefore(EMAIL_LOCAL);
    if (!local) return null;
    return simple(c, 'email', `${local}@${c.group(1)}`.toLowerCase());
  },
};

/** SIP display names, extensions, home folders and international phone numbers. */
export const IDENTITY_RULES: readonly RedactionRule[] = [
  {
    category: 'name',
    profiles: STANDARD,
    rare: true,
    // A SIP display name before <sip:...>, <tel:...> or <+number>, found from the '<' (one rule for
    // all forms: each rule in the combined regex costs scan time at every position). Quoted
    // ("Peggy Garcia" <sip:...>) anywhere; unquoted or single-quoted (From: Marcus Webb <sip:...>,
    // Caller ID: MARCUS WEBB <+14155550199>) only right after a header's colon or a comma between
    // addresses, so "call from <sip:...>" in prose stays. The URI is left to the other rules.
    pattern: '<(?=sips?:|tel:|\\+\\d)',
    replace: (c) => {
      const raw = c.takeBefore(NOT_ANGLE, 120);
      const quoted = /"([^"]+)"([ \t]*)$/.exec(raw);
      if (quoted) return `${raw.slice(0, quoted.index)}"${simple(c, 'name', quoted[1]!)}"${quoted[2]}<`;
      const cut = Math.max(raw.lastIndexOf(':'), raw.lastIndexOf(','));
      const parts = cut < 0 ? null : UNQUOTED_DISPLAY_NAME.exec(raw.slice(cut + 1));
      const name = parts?.[3];
      if (!parts || !name || !/[A-Za-z\x80-\xff]/.test(name)) return null;
      const quote = parts[2] ?? '';
      return `${raw.slice(0, cut + 1)}${parts[1]}${quote}${simple(c, 'name', name)}${quote}${parts[4]}<`;
    },
  },
  {
    category: 'extension',
    profiles: STANDARD,
    rare: true,
    // "ext. 1234", "Ext 1234" (ext=1234 and "extension": "1234" go through the key rule).
    // Anchored on the 'x' (rare in text; 'e' is the commonest letter), the 'e' checked behind it.
    pattern: '(?:xt|XT)(?<=(?<![A-Za-z0-9_])(?:ext|Ext|EXT))(\\.[ ]?|[ ])(\\d{2,8})(?![\\d.])',
    replace: (c) => `${c.group(0)!.slice(0, 2)}${c.group(1)}${extensionPlaceholder(c.placeholders, c.group(2)!)}`,
  },
  {
    category: 'user',
    profiles: STANDARD,
    rare: true,
    // Home folders of any user: C:\Users\x (also JSON-escaped, any case, names with spaces),
    // C:\Documents and Settings\x, \\server\home$\x and \\server\users\x, /Users/x, /home/x.
    // A forward-slash one only at the start of a path ("logs/zoom/home/a.log" is a bundle path).
    pattern: `(${WINDOWS_HOME_DIRS}|(?:${UNIX_HOME_DIRS})(?<![A-Za-z0-9_.-](?:${UNIX_HOME_DIRS})))(?!(?:Shared|Public|Default|All Users)\\b)([^\\\\/\\s"':;<>]+(?:(?: [^\\\\/\\s"':;<>=,+*?|[\\]]+){1,3}(?=\\\\))?)`,
    replace: (c) => `${c.group(1)}${simple(c, 'user', c.group(2)!.toLowerCase())}`,
  },
  {
    category: 'phone',
    profiles: STANDARD,
    rare: true,
    // International: +1 415 555 0123, +1 (415) 555-0123, +44 (0)20 7183 8750, +81-3-1234-5678.
    // National in parentheses: (415) 555-0123, (02) 9876 5432, (11) 91234-5678.
    pattern:
      '(\\+(?<![A-Za-z0-9_+]\\+)[1-9](?:[ .-]?(?:\\(\\d{1,4}\\)|\\d)){6,17}(?!\\d))' +
      '|\\((?<![A-Za-z0-9_]\\()\\d{1,5}\\)[ ]?(?:\\d{2,5}[ .-])*\\d{4,8}(?![A-Za-z0-9_-]|\\.\\d)',
    replace: (c) => {
      const text = c.group(0)!;
      if (c.group(1) !== undefined) return isPhoneNumber(text) ? phone(c, text) : null;
      return isNationalPhone(text) ? phone(c, text) : null;
    },
  },
];

/**
 * One rule for the literal values of this machine and user (host name, user name, typed keywords),
 * by category in priority order; null when there is none. One rule, not one per category: each
 * rule in the combined regex costs scan time at every position.
 */
export function literalRule(values: readonly (readonly [category: RuleCategory, values: readonly string[]])[]): RedactionRule | null {
  const usable = values.map(([category, words]) => [category, words.filter((v) => v.length >= 3)] as const).filter(([, words]) => words.length > 0);
  if (usable.length === 0) return null;
  const all = caseVariants(usable.flatMap(([, words]) => words));
  return {
    category: usable[0]![0],
    profiles: STANDARD,
    rare: true,
    // '-' does not end a word here: a user name inside a host name (pgarcia-mbp) is caught too.
    pattern: `(?:${usable.map(([, words]) => `(${caseVariants(words)})`).join('|')})(?<![A-Za-z0-9_](?:${all}))(?![A-Za-z0-9_])`,
    replace: (c) => {
      // Inside a SIP display name ("Peggy Garcia" <sip:...>) the display-name rule takes the whole
      // name; replacing only the user-name part here would hide the rest (the surname) from it.
      if (DISPLAY_NAME_FOLLOWS.test(c.textAfter(0, 80))) return null;
      let k = 1;
      while (c.group(k) === undefined) k++;
      return simple(c, usable[k - 1]![0], c.group(0)!.toLowerCase());
    },
  };
}

/** What follows a word that starts or is part of a SIP/tel display name. */
const DISPLAY_NAME_FOLLOWS = /^[A-Za-z0-9 .'\-]{0,60}["']?[ \t]*<(?:sips?|tel):/i;
