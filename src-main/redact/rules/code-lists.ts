/**
 * One-time recovery and backup codes listed after their heading ("backup codes 18273-55021,
 * 99310-44172", "recovery codes: a1b2c-3d4e5 f6a7b-8c9d0", "Recovery codes:" then one a line):
 * each code gets its placeholder. Read after the heading by the key rule (recovery codes:,
 * backup_codes=) and by the auth rule's 'b' (backup codes without a separator, secrets.ts).
 */
import { simple, type MatchContext } from './rule-types.js';

/**
 * The codes after their heading (backup codes 18273-55021, 99310-44172; Recovery codes: then one
 * a line): every word with a digit, over spaces, commas, list marks and line breaks, up to the
 * first word without one.
 */
const CODE_LIST = /^(?:[ \t]*[:=][ \t]*|[ \t]+(?:are|is|sind|zijn|sont|s\xc3\xa3o|son|to)[ \t]*:?[ \t]*|[ \t]*:?[ \t]*\r?\n[ \t]*|[ \t]+)((?:(?:\d+[.)][ \t]*|[-*][ \t]+)?[A-Za-z0-9]{4,12}(?:[- ][A-Za-z0-9]{3,12})?(?:[ \t]*[,;]?[ \t]*(?:\r?\n[ \t]*)?|$))+)/;

/** One code of the list, with what precedes it. */
const CODE_IN_LIST = /((?:\d+[.)][ \t]*|[-*][ \t]+)?)([A-Za-z0-9]{4,12}(?:-[A-Za-z0-9]{3,12})?)([ \t]*[,;]?[ \t]*(?:\r?\n[ \t]*)?)/gy;

/** Replaces the codes of the list after `head` (the rest of the heading's word), or null. */
export function replaceCodes(c: MatchContext, head: string): string | null {
  const list = CODE_LIST.exec(c.textAfter(head.length, 2048));
  if (!list) return null;
  const lead = list[0].slice(0, list[0].length - list[1]!.length);
  let out = '';
  let used = 0;
  CODE_IN_LIST.lastIndex = 0;
  for (let m = CODE_IN_LIST.exec(list[1]!); m !== null; m = CODE_IN_LIST.exec(list[1]!)) {
    if (!/\d/.test(m[2]!) || /^\d{1,3}$/.test(m[2]!)) break;
    out += `${m[1]}${simple(c, 'one-time-code', m[2]!)}`;
    used = m.index + m[1]!.length + m[2]!.length;
    const tail = m[3]!;
    // A line break ends the list unless the next line holds a code too.
    if (!/^[ \t]*(?:\d+[.)][ \t]*|[-*][ \t]+)?[A-Za-z0-9]{0,12}\d/.test(list[1]!.slice(m.index + m[0].length))) break;
    out += tail;
    used += tail.length;
  }
  if (out === '') return null;
  c.coverAfter(head.length + lead.length + used);
  return `${c.group(0)}${head}${lead}${out}`;
}
