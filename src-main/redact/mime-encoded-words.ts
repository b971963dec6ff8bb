/**
 * MIME encoded-words (RFC 2047) in e-mail headers: `=?UTF-8?Q?Agnieszka_Kowalska?=`,
 * `=?UTF-8?B?UGF3ZcWC...?=`, `=?ISO-8859-1?Q?Andr=E9?=` hide a name from every rule. A line holding
 * one is decoded whole (adjacent words joined, as RFC 2047 6.2 says, and other charsets turned into
 * the latin1 form of UTF-8 bytes the rules read) so the rules see the header's context ("From:
 * Agnieszka Kowalska <...>"). When they replace something, the line is written back decoded, with
 * every run of words that still holds non-ASCII bytes encoded again as `=?UTF-8?Q?...?=`: the header
 * stays ASCII and valid. A line with no replacement keeps its bytes.
 */
import type { TextRules } from './text-rules.js';
import { decodeQuotedPrintable } from './quoted-printable.js';

/** One encoded-word: charset (with an optional RFC 2231 language), Q or B, the text. */
const ENCODED_WORD = /=\?([A-Za-z0-9_.:+-]{1,40})(?:\*[A-Za-z-]{1,20})?\?([QqBb])\?([^?\s]{0,1000})\?=/g;
/** What may stand between two adjacent encoded-words: white space, a header's fold included. */
const BETWEEN_WORDS = /^[ \t]*(?:\r?\n[ \t]+)?$/;
/** A header's continuation line that goes on with an encoded-word (RFC 5322 folding). */
const FOLDED_WORD = /^[ \t]+=\?/;

/** The latin1 form of an encoded-word's UTF-8 bytes, or null when its charset is unknown. */
function decodeWord(charset: string, encoding: string, text: string): string | null {
  const bytes = encoding === 'Q' || encoding === 'q' ? decodeQuotedPrintable(text.replace(/_/g, ' ')) : Buffer.from(text, 'base64').toString('latin1');
  const name = charset.toLowerCase();
  if (name === 'utf-8' || name === 'utf8' || name === 'us-ascii') return bytes;
  try {
    const unicode = new TextDecoder(name).decode(Buffer.from(bytes, 'latin1'));
    return Buffer.from(unicode, 'utf8').toString('latin1');
  } catch {
    return null;
  }
}

/** Characters a Q-encoded word in a phrase may hold as they are (RFC 2047 5 (3)). */
const Q_LITERAL = /[A-Za-z0-9!*+\-/]/;
/** The longest encoded-word (RFC 2047 2: 75 characters), less the `=?UTF-8?Q?` and `?=` around it. */
const WORD_TEXT = 75 - 12;

/** Encodes bytes (latin1 characters of UTF-8) as Q encoded-words separated by a space, cut between characters. */
export function encodeWords(text: string): string {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const piece = char === ' ' ? '_' : Q_LITERAL.test(char) ? char : `=${text.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
    const code = text.charCodeAt(i);
    // A new word never starts on a UTF-8 continuation byte: each word must decode alone.
    if (word.length + piece.length > WORD_TEXT && !(code >= 0x80 && code < 0xc0)) {
      words.push(word);
      word = '';
    }
    word += piece;
  }
  words.push(word);
  return words.map((w) => `=?UTF-8?Q?${w}?=`).join(' ');
}

/** Non-ASCII bytes or control characters (but the tab): what an RFC 5322 header cannot hold as it is. */
const NOT_HEADER_TEXT = /[^\t\x20-\x7e]/;

/** A decoded and redacted header (its folds kept) written back as ASCII: runs of words holding non-ASCII bytes encoded again. */
function encodeHeader(header: string): string {
  return header.split('\n').map(encodeLine).join('\n');
}

function encodeLine(line: string): string {
  const eol = line.endsWith('\r') ? '\r' : '';
  const tokens = line.slice(0, line.length - eol.length).split(/( +)/);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (i % 2 === 1 || !NOT_HEADER_TEXT.test(tokens[i]!)) {
      out += tokens[i];
      continue;
    }
    // Words that need encoding and the spaces between them go in one run (spaces between encoded-words vanish when decoded).
    let run = tokens[i]!;
    while (i + 2 < tokens.length && NOT_HEADER_TEXT.test(tokens[i + 2]!)) {
      run += tokens[i + 1]! + tokens[i + 2]!;
      i += 2;
    }
    out += encodeWords(run);
  }
  return out + eol;
}

/** Decodes the encoded-words of one line; null when it holds none that can be decoded. */
function decodeLine(line: string): string | null {
  let out = '';
  let last = 0;
  let decodedAny = false;
  let previousWordEnd = -1;
  ENCODED_WORD.lastIndex = 0;
  for (let match = ENCODED_WORD.exec(line); match !== null; match = ENCODED_WORD.exec(line)) {
    const decoded = decodeWord(match[1]!, match[2]!, match[3]!);
    if (decoded === null) {
      previousWordEnd = -1;
      continue;
    }
    const between = line.slice(last, match.index);
    // White space between two adjacent encoded-words is no part of the text.
    out += previousWordEnd === last && BETWEEN_WORDS.test(between) ? '' : between;
    out += decoded;
    last = match.index + match[0].length;
    previousWordEnd = last;
    decodedAny = true;
  }
  return decodedAny ? out + line.slice(last) : null;
}

/** Redacts the lines of `text` that hold encoded-words, decoded; the others stay as they are. */
export function redactEncodedWords(text: string, rules: TextRules): { text: string; count: number } {
  let out = '';
  let emitted = 0;
  let count = 0;
  for (let at = text.indexOf('=?'); at >= 0; at = text.indexOf('=?', at)) {
    const start = text.lastIndexOf('\n', at) + 1;
    let newline = text.indexOf('\n', at);
    // A header folded between encoded-words is read whole: a name may be cut by the fold.
    while (newline >= 0 && FOLDED_WORD.test(text.slice(newline + 1, newline + 64))) newline = text.indexOf('\n', newline + 1);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    at = end;
    const decoded = decodeLine(line);
    if (decoded === null) continue;
    const result = rules(decoded);
    if (result.count === 0) continue;
    count += result.count;
    out += text.slice(emitted, start) + encodeHeader(result.text);
    emitted = end;
  }
  return emitted === 0 ? { text, count } : { text: out + text.slice(emitted), count };
}
