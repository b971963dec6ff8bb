/**
 * A handle written with '@' after the name of a social or chat service in prose: "@giulia.b on
 * Slack", "Twitter/X: @hlindq", "Telegram @hlindq_tg", "GitHub: @octo-dev". Found from the '@'
 * when no mail or URI character is before it, as a branch of the person-name pass
 * (format-branches.ts); the service word is looked for just before the handle or right after it.
 * An e-mail's '@' (the e-mail rule), a SIP URI's and a decorator (@Override, @param) stay.
 */
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

const SERVICES = 'slack|twitter|x|telegram|tg|github|gitlab|instagram|insta|ig|tiktok|mastodon|bluesky|bsky|threads|discord|signal|teams|skype|reddit|linkedin|wechat|line|snapchat|viber|matrix|keybase|facebook|fb|youtube|twitch|zoom chat|team chat';
/** A service word, its punctuation and at most one more handle before this one ("Twitter/X: @a, @b"). */
const SERVICE_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(?:${SERVICES})(?:[ \\t]*/[ \\t]*(?:${SERVICES}))?(?:'s)?(?:[ \\t]+(?:handle|user(?:name)?|id|account|name|dm|is|at|as|me|via)){0,3}[ \\t]*[:=(-]?[ \\t]*(?:@[A-Za-z0-9_.-]+[ \\t]*(?:,|or|and|/)[ \\t]*)?$`,
  'i',
);
/** "on Slack", "(Telegram)", "via Signal" after the handle. */
const SERVICE_AFTER = new RegExp(`^[ \\t]*(?:\\(|(?:on|via|at|in|over)[ \\t]+)(?:${SERVICES})(?![A-Za-z])`, 'i');
/** Mentions every service reserves (not a person). */
const NOT_A_PERSON = /^(?:here|channel|everyone|all|team|admin|admins|support)$/i;

function replaceHandle(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  const handle = c.group(1)!.replace(/[.-]+$/, '');
  if (NOT_A_PERSON.test(handle)) return null;
  if (!SERVICE_BEFORE.test(c.textBefore(48)) && !SERVICE_AFTER.test(c.textAfter(handle.length, 24))) return null;
  c.coverAfter(handle.length);
  return `@${simple(c, 'user', handle.toLowerCase())}`;
}

/** After an '@' that starts a word: the handle. */
export const SOCIAL_HANDLE_BRANCH: LetterBranch = { source: '([A-Za-z0-9_][A-Za-z0-9_.-]{0,38})(?![A-Za-z0-9_@])', replace: replaceHandle };
