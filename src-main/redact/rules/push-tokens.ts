/**
 * Push registration tokens (issue 24), secrets in every profile: an FCM registration token whole,
 * its 11-character instance id before the ':' included (`<instance id>:APA91b<~140 characters>`;
 * a token without the id is a GLUED_FORMATS row, token-formats.ts), and an APNs device token as
 * iOS logs print it, an NSData in angle brackets (`<740f4707 bebcf74f ... 61bb78ad>`: 32 bytes).
 * After its keys (device-token:, "apns":) the key rule takes a hex token. Branches joined in front
 * of the token rule and the e-mail rule (format-branches.ts).
 */
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

const INSTANCE_ID_CHAR = /[A-Za-z0-9_:-]/;

function replaceFcm(c: MatchContext): string | null {
  const before = /[A-Za-z0-9_-]{11,}:$/.exec(c.textBefore(64))?.[0];
  if (!before) return null;
  const id = c.takeBefore(INSTANCE_ID_CHAR, before.length);
  c.coverAfter(c.group(1)!.length);
  return simple(c, 'api-token', `${id}A${c.group(1)}`);
}

/** After the 'A' of APA91b that follows an instance id's ':'. */
export const FCM_TOKEN_BRANCH: LetterBranch = { source: '(PA91b[A-Za-z0-9_-]{60,})(?![A-Za-z0-9_-])', replace: replaceFcm };

/** After '<': eight groups of eight hex digits and '>' (an APNs device token printed as NSData). */
export const APNS_DATA_BRANCH: LetterBranch = {
  source: '([0-9a-f]{8}(?: [0-9a-f]{8}){7})>',
  replace: (c) => {
    c.coverAfter(c.group(1)!.length + 1);
    return `<${simple(c, 'secret', c.group(1)!.replace(/ /g, ''))}>`;
  },
};
