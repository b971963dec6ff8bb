/**
 * The detectors of structured formats and personal links joined in front of the person-name
 * rule, in its pass (a pass of their own would cost ~5 ms per 8 MB; the name pass does not skip
 * ahead, so a new first character there is nearly free, docs/perf-notes.md): vCard and iCalendar
 * lines after a line break (vcard-properties.ts), Avaya SET lines from a line's 'S'
 * (set-lines.ts), machine-readable zones from a '<' (mrz-zones.ts), share links and profile URLs
 * from a '/' (personal-links.ts) and handles from an '@' (social-handles.ts). The joined rule runs
 * in every profile, since SET passwords and share tokens are credentials; each branch returns null
 * where its kind's profile does not apply, and the person names stay standard and strict.
 */
import { captureCount } from '../capture-groups.js';
import { firstLetterRule, inFrontOf } from './first-letter-rule.js';
import { MRZ_BRANCH } from './mrz-zones.js';
import { PROFILE_BRANCH, SHARE_LINK_BRANCH } from './personal-links.js';
import { ALL, type RedactionRule } from './rule-types.js';
import { SET_LINE_BRANCH } from './set-lines.js';
import { SOCIAL_HANDLE_BRANCH } from './social-handles.js';
import { VCARD_ESCAPED_LINE_BRANCH, VCARD_LINE_BRANCH } from './vcard-properties.js';

const FORMAT_RULE = firstLetterRule(
  [
    { letter: '\\n', branches: [VCARD_LINE_BRANCH] },
    // SET at a line's start, or after '#' (a commented default) or a space.
    { letter: 'S', gate: '(?<![^\\n\\r\\t #]S)', branches: [SET_LINE_BRANCH] },
    { letter: '/', gate: '(?<=[A-Za-z0-9]/)', branches: [SHARE_LINK_BRANCH, PROFILE_BRANCH] },
  ],
  { category: 'name', profiles: ALL },
);
/** The first characters of the format rule's matches (none of the person-name rule's group-less starts). */
const FORMAT_START = /^(?:\n|S|\/)/;

/**
 * The branches from '<', '@' and an escaped line break: in the name pass each of these first
 * characters cost 10-16 ms per 8 MB (measured; '\n', 'S' and '/' cost 0-2), so they join the
 * e-mail rule, whose rare pass stops at all three already.
 */
const MARK_RULE = firstLetterRule(
  [
    // JSON's escaped line break (a vCard inside a string), a backslash then 'n'.
    { letter: '\\\\n', branches: [VCARD_ESCAPED_LINE_BRANCH] },
    { letter: '<', gate: '(?<=[A-Z0-9]<)', branches: [MRZ_BRANCH] },
    // An '@' that starts a word (not a mail address's, a URI's or a query's).
    { letter: '@', gate: '(?<![A-Za-z0-9._%+\\-/:=@&?#]@)', branches: [SOCIAL_HANDLE_BRANCH] },
  ],
  { category: 'name', profiles: ALL },
);
const MARK_AT_START = new RegExp(MARK_RULE.pattern, 'y');

/**
 * The e-mail rule with the mark branches in front. A match is the e-mail rule's when it set a
 * group; otherwise the branches' when their own regex matches there (the e-mail rule's group-less
 * Go DSN alternative also starts at '@', but never where the branches' '@' may: after a letter).
 */
export function withMarkBranches(email: RedactionRule): RedactionRule {
  const groups = captureCount(email.pattern);
  return {
    ...email,
    pattern: `(?:${MARK_RULE.pattern}|(?:${email.pattern}))`,
    replace: (c) => {
      for (let k = 1; k <= groups; k++) if (c.group(k) !== undefined) return email.replace(c);
      return c.execHere(MARK_AT_START) !== null ? MARK_RULE.replace(c) : email.replace(c);
    },
  };
}

/** The person-name rule (with what is already joined to it) with the format branches in front, in every profile. */
export function withFormatBranches(personNames: RedactionRule): RedactionRule {
  const names: RedactionRule = { ...personNames, replace: (c) => (personNames.profiles.includes(c.profile) ? personNames.replace(c) : null) };
  return { ...inFrontOf(FORMAT_RULE, FORMAT_START, names), profiles: ALL };
}
