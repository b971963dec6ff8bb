/**
 * Windows' `net use [drive:] \\server\share [password | *] [/user:[domain\]name] ...`: the password
 * is a bare word beside the share, before or after the /user: option. Found from the key rule's
 * match at "/user:" (so it costs the scan nothing); the rest of the line is read here.
 */
import { keyedValue } from '../redaction-keys.js';
import { simple, type MatchContext } from './rule-types.js';

/** "net use" and its arguments up to the "/user" before the match. */
const NET_USE_BEFORE = /(?:^|[\s;&|(>])net(?:\.exe)?[ \t]+use[ \t]+([^\r\n]*)\/user$/i;
/** A command-line word: quoted whole, or bare. */
const WORD = /"[^"\r\n]*"|[^\s"]+/g;
/** What follows "/user:": the account, then the next word when it is no option. */
const USER_THEN_WORD = /^("[^"\r\n]*"|[^\s"]+)(?:([ \t]+)("[^"\r\n]*"|[^\s"/*][^\s"]*))?/;

/** The password word (quotes kept) as a placeholder, or null for '*' (asked at the prompt) and options. */
function password(c: MatchContext, word: string): string | null {
  const quote = word.startsWith('"') ? '"' : '';
  const inner = quote ? word.slice(1, -1) : word;
  if (!inner || inner === '*' || inner.startsWith('/') || /^%\w+%$|^\$/.test(inner)) return null;
  return `${quote}${simple(c, 'secret', inner)}${quote}`;
}

/** The replacement for a "/user:" match on a net use line (the line before it included), or null. */
export function replaceNetUse(c: MatchContext): string | null {
  const before = c.textBefore(400);
  const args = NET_USE_BEFORE.exec(before.slice(before.lastIndexOf('\n') + 1));
  if (!args) return null;
  const after = USER_THEN_WORD.exec(c.textAfter(0, 400));
  if (!after) return null;
  const [whole, user, space, next] = after as unknown as [string, string, string | undefined, string | undefined];
  const account = c.profile === 'minimal' ? user : (keyedValue('user', user.replace(/^"|"$/g, ''), c.placeholders) ?? user);
  // The password before the option: the word after the \\server\share word.
  const words = [...args[1]!.matchAll(WORD)];
  const share = words.findIndex((w) => w[0].startsWith('\\\\'));
  const early = share >= 0 ? words[share + 1] : undefined;
  const earlyPassword = early ? password(c, early[0]) : null;
  const latePassword = !earlyPassword && next !== undefined ? password(c, next) : null;
  if (!earlyPassword && !latePassword && account === user) return null;
  let head = '';
  if (earlyPassword) {
    const tail = args[1]!.slice(early!.index);
    head = c.takeBefore(/[^\r\n]/, tail.length + '/user'.length);
    head = `${earlyPassword}${head.slice(early![0].length)}`;
  } else {
    head = c.takeBefore(/[^\r\n]/, '/user'.length);
  }
  if (latePassword) {
    c.coverAfter(whole.length);
    return `${head}:${account}${space}${latePassword}`;
  }
  c.coverAfter(user.length);
  return `${head}:${account}`;
}
