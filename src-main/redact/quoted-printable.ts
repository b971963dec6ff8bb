/**
 * Quoted-printable e-mail bodies (RFC 2045 6.7): a part whose headers say
 * `Content-Transfer-Encoding: quoted-printable` writes its bytes as =XX escapes and cuts long lines
 * with soft breaks ('=' at a line's end), so "Pawe=C5=82 Wi=C5=9Bniewski" or a number split over a
 * soft break reach no rule whole. The body is decoded (to the latin1 form of its bytes the rules
 * read), redacted, and a line that changed is encoded again (soft breaks at 76 characters), so the
 * message stays a valid e-mail; lines without a change keep their bytes.
 *
 * Lines are read one piece of the stream at a time (pieces hold whole lines): the state (in a part's
 * headers after the encoding header, in its body) carries over. A logical line whose soft break
 * falls on a piece's end is judged as two halves.
 */
import type { TextRules } from './text-rules.js';

const HEX = '0123456789ABCDEF';

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** The bytes (latin1 characters) of one quoted-printable line without its soft break; '=' not followed by two hex digits stays. */
export function decodeQuotedPrintable(line: string): string {
  if (!line.includes('=')) return line;
  let out = '';
  let i = 0;
  while (i < line.length) {
    const at = line.indexOf('=', i);
    if (at < 0) {
      out += line.slice(i);
      break;
    }
    out += line.slice(i, at);
    // Past the end charCodeAt gives NaN, which is no hex digit.
    const high = hexValue(line.charCodeAt(at + 1));
    const low = hexValue(line.charCodeAt(at + 2));
    if (high >= 0 && low >= 0) {
      out += String.fromCharCode(high * 16 + low);
      i = at + 3;
    } else {
      out += '=';
      i = at + 1;
    }
  }
  return out;
}

/** One escape or literal character of a line being encoded. */
function encodeChar(text: string, i: number): string {
  const code = text.charCodeAt(i);
  const last = i === text.length - 1;
  // Printable ASCII but '='; space and tab except at the line's end (RFC 2045 rules 2 and 3).
  if ((code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !last)) return text[i]!;
  return `=${HEX[(code >> 4) & 15]}${HEX[code & 15]}`;
}

/** Encodes one line's bytes (latin1 characters) as quoted-printable lines of at most 76 characters, joined by soft breaks and `eol`. */
export function encodeQuotedPrintable(text: string, eol: string): string {
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < text.length; i++) {
    const piece = encodeChar(text, i);
    // 75 characters of text leave room for the soft break's '='.
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join(eol);
}

/** A logical line: its physical lines (with their line ends) and its decoded bytes. */
interface LogicalLine {
  raw: string;
  decoded: string;
  eol: string;
}

const ENCODING_HEADER = /^content-transfer-encoding:[ \t]*(?:"?)quoted-printable\b/i;

/** Finds the quoted-printable bodies of e-mail parts in a stream of whole lines and redacts them decoded. */
export class QuotedPrintableBodies {
  private state: 'out' | 'headers' | 'body' = 'out';

  constructor(private readonly rules: TextRules) {}

  /** Whether `text` needs looking at: a body goes on from an earlier piece, or a piece names the encoding. */
  wants(text: string): boolean {
    return this.state !== 'out' || text.includes('uoted-printable') || text.includes('UOTED-PRINTABLE');
  }

  /** Redacts the quoted-printable bodies in `text` (whole lines). */
  redact(text: string): { text: string; count: number } {
    const lines = text.split('\n');
    const out: string[] = [];
    let body: string[] = [];
    let count = 0;
    const flush = (): void => {
      if (body.length === 0) return;
      const result = this.redactBody(body);
      count += result.count;
      out.push(result.text);
      body = [];
    };
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!;
      // The '' after a final newline is no line: it carries the newline only.
      const whole = n < lines.length - 1 ? `${line}\n` : line;
      if (whole === '') continue;
      if (this.state === 'body') {
        if (line.startsWith('--') || line.startsWith('From ')) {
          flush();
          this.state = 'out';
        } else {
          body.push(whole);
          continue;
        }
      } else if (this.state === 'headers') {
        if (line === '' || line === '\r') this.state = 'body';
      } else if (ENCODING_HEADER.test(line)) {
        this.state = 'headers';
      }
      out.push(whole);
    }
    flush();
    return { text: out.join(''), count };
  }

  /** One run of body lines (each with its line end): decoded, redacted, changed lines encoded again. */
  private redactBody(lines: string[]): { text: string; count: number } {
    const logical: LogicalLine[] = [];
    let raw = '';
    let decoded = '';
    let escaped = false;
    for (const line of lines) {
      const eol = line.endsWith('\r\n') ? '\r\n' : line.endsWith('\n') ? '\n' : '';
      const content = line.slice(0, line.length - eol.length);
      raw += line;
      if (content.includes('=')) escaped = true;
      if (content.endsWith('=') && eol !== '') {
        decoded += decodeQuotedPrintable(content.slice(0, -1));
        continue;
      }
      logical.push({ raw, decoded: decoded + decodeQuotedPrintable(content), eol });
      raw = '';
      decoded = '';
    }
    if (raw !== '') logical.push({ raw, decoded, eol: '' });
    const original = lines.join('');
    // Nothing escaped: the rules see these lines as they are anyway.
    if (!escaped) return { text: original, count: 0 };
    const result = this.rules(logical.map((l) => l.decoded).join('\n'));
    if (result.count === 0) return { text: original, count: 0 };
    const redacted = result.text.split('\n');
    if (redacted.length !== logical.length) {
      // A replacement took a line break with it: the whole run is encoded again.
      const eol = logical[0]!.eol || '\n';
      return { text: redacted.map((l) => encodeQuotedPrintable(l, eol)).join(eol) + (logical.at(-1)!.eol ? eol : ''), count: result.count };
    }
    const text = logical.map((l, i) => (redacted[i] === l.decoded ? l.raw : encodeQuotedPrintable(redacted[i]!, l.eol || '\n') + l.eol)).join('');
    return { text, count: result.count };
  }
}
