/**
 * Folded iCalendar (RFC 5545 3.1) and vCard (RFC 6350 3.2) lines: a long line goes on after CRLF
 * and one space or tab, so a meeting's `pwd=...` or a name in a DESCRIPTION cut by a fold reaches the
 * rules in halves. Inside BEGIN:VCALENDAR or BEGIN:VCARD, each folded line is unfolded and redacted
 * whole; a line that changed is written unfolded, one that did not keeps its bytes. Lines without
 * folds are left to the normal scan. Folding a changed line again at 75 octets cut the values kept
 * beside the placeholders (a Zoom dial-in number, an SBC's firmware) at new places, where support
 * searching for them would not find them; RFC 5545 and 6350 say lines SHOULD NOT exceed 75 octets,
 * and the readers (Outlook, Google Calendar, Thunderbird, the icalendar and vobject libraries) take
 * longer ones.
 *
 * The state (inside a calendar or card) carries over the stream's pieces; a folded line cut by a
 * piece's end is judged as two halves.
 */
import type { TextRules } from './text-rules.js';

const BEGIN = /^BEGIN:(?:VCALENDAR|VCARD)\r?$/i;
const END = /^END:(?:VCALENDAR|VCARD)\r?$/i;

/** A logical line: its physical lines as written and its unfolded content (without the line end). */
interface Unfolded {
  raw: string;
  content: string;
  eol: string;
}

/** Finds folded lines in iCalendar and vCard objects in a stream of whole lines and redacts them unfolded. */
export class FoldedCards {
  /** Nesting depth of BEGIN:VCALENDAR / BEGIN:VCARD. */
  private depth = 0;

  constructor(private readonly rules: TextRules) {}

  /** Whether `text` needs looking at: an object goes on from an earlier piece, or one begins. */
  wants(text: string): boolean {
    return this.depth > 0 || text.includes('BEGIN:V') || text.includes('begin:v');
  }

  /** Redacts the folded lines of the calendar and card objects in `text` (whole lines). */
  redact(text: string): { text: string; count: number } {
    const lines = text.split('\n');
    const out: string[] = [];
    const folded: Unfolded[] = [];
    const at: number[] = [];
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!;
      const eol = n < lines.length - 1 ? '\n' : '';
      const continued = this.depth > 0 && (line.startsWith(' ') || line.startsWith('\t')) && out.length > 0;
      if (continued) {
        // The fold's line end and its one space or tab go; the previous line's content goes on.
        const last = at.length > 0 && at.at(-1) === out.length - 1 ? folded.at(-1)! : null;
        const previous = last ?? this.startFolded(out, folded, at);
        if (previous === null) {
          out.push(line + eol);
          continue;
        }
        previous.raw += line + eol;
        previous.content += line.slice(1).replace(/\r$/, '');
        previous.eol = line.endsWith('\r') ? `\r${eol}` : eol;
        out[out.length - 1] = previous.raw;
        continue;
      }
      if (BEGIN.test(line)) this.depth++;
      else if (this.depth > 0 && END.test(line)) this.depth--;
      if (line !== '' || eol !== '') out.push(line + eol);
    }
    if (folded.length === 0) return { text, count: 0 };
    let result = this.rules(folded.map((f) => f.content).join('\n'));
    if (result.count === 0) return { text, count: 0 };
    let redacted = result.text.split('\n');
    if (redacted.length !== folded.length) {
      // A replacement took a line break with it: the lines one by one (their placeholders are the same).
      const each = folded.map((f) => this.rules(f.content));
      redacted = each.map((r) => r.text);
      result = { text: '', count: each.reduce((sum, r) => sum + r.count, 0) };
    }
    folded.forEach((f, i) => {
      if (redacted[i] !== f.content) out[at[i]!] = redacted[i]! + f.eol;
    });
    return { text: out.join(''), count: result.count };
  }

  /** Starts a folded line from the last line written out; null when that line cannot start one. */
  private startFolded(out: string[], folded: Unfolded[], at: number[]): Unfolded | null {
    const raw = out.at(-1)!;
    if (!raw.endsWith('\n')) return null;
    const crlf = raw.endsWith('\r\n');
    const entry = { raw, content: raw.slice(0, raw.length - (crlf ? 2 : 1)), eol: crlf ? '\r\n' : '\n' };
    folded.push(entry);
    at.push(out.length - 1);
    return entry;
  }
}
