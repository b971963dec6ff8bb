/**
 * The detectors of structured formats and personal links, joined in front of rules whose passes
 * already stop at their first characters (a rule or pass of their own would cost ~5 ms per 8 MB):
 * - vCard and iCalendar lines after a line break (vcard-properties.ts), in the person-name pass;
 * - Avaya SET lines from a line's 'S' (set-lines.ts) and FCM tokens with their instance id from
 *   the 'A' of APA91b (push-tokens.ts), in front of the token rule, which starts on 'A' and 'S'
 *   already (in every profile: these are secrets);
 * - vCard lines in JSON strings (after an escaped \n), machine-readable zones and APNs tokens
 *   printed as NSData from a '<' (mrz-zones.ts, push-tokens.ts), share links and profile URLs
 *   from a '/' (personal-links.ts) and handles from an '@' (social-handles.ts), in front of the
 *   e-mail rule, whose rare pass stops at '@', '<', '\' and '/' (home folders) already.
 * Measured on the name pass (8 MB of logs): '\n', 'S' or '/' alone cost it ~0-2 ms, all three ~10,
 * and '<', '@' or '\' 10-16 each; joined where they are now, ~1 ms in all.
 */
import { firstLetterRule, inFrontOf } from './first-letter-rule.js';
import { MRZ_BRANCH } from './mrz-zones.js';
import { PROFILE_BRANCH, SHARE_LINK_BRANCH } from './personal-links.js';
import { ALL, type RedactionRule } from './rule-types.js';
import { APNS_DATA_BRANCH, FCM_TOKEN_BRANCH } from './push-tokens.js';
import { SET_LINE_BRANCH } from './set-lines.js';
import { SOCIAL_HANDLE_BRANCH } from './social-handles.js';
import { VCARD_ESCAPED_LINE_BRANCH, VCARD_LINE_BRANCH } from './vcard-properties.js';

const BASE = { category: 'name', profiles: ALL } as const;

const VCARD_RULE = firstLetterRule([{ letter: '\\n', branches: [VCARD_LINE_BRANCH] }], BASE);

const TOKEN_FRONT_RULE = firstLetterRule(
  [
    // SET at a line's start, or after '#' (a commented default) or a space.
    { letter: 'S', gate: '(?<![^\\n\\r\\t #]S)', branches: [SET_LINE_BRANCH] },
    // An FCM token with its instance id (the token rule alone keeps the id).
    { letter: 'A', gate: '(?<=:A)', branches: [FCM_TOKEN_BRANCH] },
  ],
  BASE,
);

const MARK_RULE = firstLetterRule(
  [
    // JSON's escaped line break (a vCard inside a string), a backslash then 'n'.
    { letter: '\\\\n', branches: [VCARD_ESCAPED_LINE_BRANCH] },
    { letter: '<', gate: '(?<=[A-Z0-9]<)', branches: [MRZ_BRANCH] },
    { letter: '<', branches: [APNS_DATA_BRANCH] },
    { letter: '/', gate: '(?<=[A-Za-z0-9]/)', branches: [SHARE_LINK_BRANCH, PROFILE_BRANCH] },
    // An '@' that starts a word (not a mail address's, a URI's or a query's).
    { letter: '@', gate: '(?<![A-Za-z0-9._%+\\-/:=@&?#]@)', branches: [SOCIAL_HANDLE_BRANCH] },
  ],
  BASE,
);

/** The person-name rule with vCard and iCalendar lines in front (both standard and strict only). */
export function withVcardLines(personNames: RedactionRule): RedactionRule {
  return inFrontOf(VCARD_RULE, null, personNames);
}

/** The token rule with Avaya SET lines and whole FCM tokens in front. */
export function withSetLines(tokens: RedactionRule): RedactionRule {
  return inFrontOf(TOKEN_FRONT_RULE, null, tokens, ALL);
}

/** The e-mail rule with escaped vCard lines, MRZs, share and profile links and @handles in front. */
export function withMarkBranches(email: RedactionRule): RedactionRule {
  return inFrontOf(MARK_RULE, null, email, ALL);
}
