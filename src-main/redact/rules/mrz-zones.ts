/**
 * Machine-readable zones of travel documents (ICAO Doc 9303): passports (TD3, 2 lines of 44),
 * ID cards (TD1, 3 x 30; TD2, 2 x 36) and visas (MRV-A 2 x 44, MRV-B 2 x 36), as plain lines,
 * inside a JSON string (lines joined by an escaped \n) or as the items of a list. Found from a '<'
 * (the filler, rare in logs) after a capital or digit, as a branch of the person-name pass
 * (format-branches.ts); replace() reads the whole line around it and the lines after it. A name
 * line (document code, issuer, SURNAME<<GIVEN<NAMES) is private whole; a number line only when its
 * check digits (weights 7-3-1) hold, so a line of capitals and '<' in a log is not taken.
 */
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

/** The ICAO 9303 check digit of a field: weights 7, 3, 1 over 0-9, A-Z (10-35) and '<' (0). */
export function mrzCheckDigit(field: string): number {
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const code = field.charCodeAt(i);
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? code - 55 : 0;
    sum += value * [7, 3, 1][i % 3]!;
  }
  return sum % 10;
}

/** True when `line[at]` is the check digit of line[from..at) ('<' counts as 0 where the field is empty). */
function checks(line: string, from: number, at: number): boolean {
  const digit = line[at] === '<' ? 0 : Number(line[at]);
  return Number.isInteger(digit) && /[0-9<]/.test(line[at]!) && mrzCheckDigit(line.slice(from, at)) === digit;
}

/** A name line: document code, issuing state, then the name with '<<' between surname and given names. */
const NAME_LINE = /^[ACIPV][A-Z<][A-Z<]{3}[A-Z]+<[A-Z<]*$/;
/** A TD1 third line: the name alone. */
const TD1_NAME_LINE = /^[A-Z]+<<?[A-Z<]*$/;

/**
 * True when a line is a number line of its length: TD3/MRV-A (44) and TD2/MRV-B (36) second lines
 * (document number, birth date and expiry with their check digits), TD1 first line (document
 * number) and second line (birth date and expiry).
 */
function isNumberLine(line: string): boolean {
  if (line.length === 44 || line.length === 36) return /^[A-Z0-9<]{9}[0-9<][A-Z<]{3}\d{6}\d[MF<X]\d{6}\d/.test(line) && checks(line, 0, 9) && checks(line, 13, 19) && checks(line, 21, 27);
  if (line.length !== 30) return false;
  if (/^[ACI][A-Z<][A-Z<]{3}[A-Z0-9<]{9}[0-9<]/.test(line)) return checks(line, 5, 14);
  return /^\d{6}\d[MF<X]\d{6}\d[A-Z<]{3}/.test(line) && checks(line, 0, 6) && checks(line, 8, 14);
}

/** A line of an MRZ block by itself: a number line by its check digits or a name line. */
function isMrzLine(line: string, first: boolean): boolean {
  if (isNumberLine(line)) return true;
  if (first) return line.length !== 30 && NAME_LINE.test(line);
  return line.length === 30 ? TD1_NAME_LINE.test(line) : NAME_LINE.test(line);
}

/** What joins the lines of a block: a line break (raw or JSON-escaped), list items ("...", "..."), a space. */
const LINE_JOIN = /^(?:\r?\n|(?:\\r)?\\n|"[ \t]*,[ \t]*"|'[ \t]*,[ \t]*'|[ \t]+)/;
const MRZ_RUN_BEFORE = /[A-Z0-9<]*$/;
const MRZ_RUN = /^[A-Z0-9<]*/;
const MRZ_CHAR = /[A-Z0-9<]/;

/** The MRZ around the '<' the scan found, every line a passport placeholder; null when it is none. */
function replaceZone(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  const before = MRZ_RUN_BEFORE.exec(c.textBefore(44))![0];
  const rest = MRZ_RUN.exec(c.textAfter(0, 45))![0];
  const first = `${before}<${rest}`;
  if (first.length !== 30 && first.length !== 36 && first.length !== 44) return null;
  // Not part of a longer word (List<String>, an identifier).
  const lead = c.textBefore(before.length + 1);
  if ((lead.length > before.length && /[a-z_]/.test(lead[0]!)) || /^[a-z_]/.test(c.textAfter(rest.length, 1))) return null;
  if (!isMrzLine(first, true)) return null;
  const lines = [first];
  const joins: string[] = [];
  let offset = rest.length;
  while (lines.length < 3) {
    const tail = c.textAfter(offset, first.length + 16);
    const join = LINE_JOIN.exec(tail)?.[0];
    if (join === undefined) break;
    const next = MRZ_RUN.exec(tail.slice(join.length))![0];
    // After a line that held, a line of the same length with a date's six digits is the zone's too
    // (the French ID card's 2 x 36 has its own layout: given names and birth date on line 2).
    if (next.length !== first.length || !(isMrzLine(next, false) || /\d{6}/.test(next))) break;
    lines.push(next);
    joins.push(join);
    offset += join.length + next.length;
  }
  // A name line alone must still look like one (the '<<' between surname and given names).
  if (lines.length === 1 && !isNumberLine(first) && !/[A-Z]<<[A-Z]|<<<<$/.test(first.slice(5))) return null;
  c.takeBefore(MRZ_CHAR, before.length);
  c.coverAfter(offset);
  return lines.map((line, i) => `${i > 0 ? joins[i - 1] : ''}${simple(c, 'passport', line)}`).join('');
}

/** After a '<' that follows a capital or digit: at least two more MRZ characters. */
export const MRZ_BRANCH: LetterBranch = { source: '[A-Z0-9<]{2}', replace: replaceZone };
