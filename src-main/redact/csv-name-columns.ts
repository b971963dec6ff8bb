/**
 * People's names in CSV files (call history exports, directories): every cell of a column whose
 * header names a person in any of the languages exports are written in (Name, Caller Name, Callee,
 * Agent, Nombre, Anrufer, Appelant, Nom de l'appelant, 氏名: person-column-headers.ts), whatever the cell holds: a lower-case or upper-case name, one word, a Han
 * name, "Last, First" in quotes. No rule over free text can tell "smith" in a cell from a word.
 *
 * A file streams through RedactStream in pieces of whole lines, so the header is read once from the
 * first piece and kept: its columns carry over every 64 KiB piece. Only text that really looks like
 * CSV counts: a header of short labels joined by ',', ';' or a tab, and the next lines (up to five,
 * at least one) with as many cells. Cells are read as RFC 4180 says (quotes, "" inside quotes).
 */
import { foldWord } from './name-lexicon.js';
import { columnKind } from './person-column-headers.js';
import type { PlaceholderIssuer } from './placeholders.js';
import { simplePlaceholder } from './typed-placeholders.js';

/** A dotted word with no space: a host name or address (us01sip.zoom.us, 10.0.0.5), not a person's name. */
const HOST_SHAPED = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+\.?$/;

/** Cells that name no one. */
const NO_ONE = /^(?:anonymous|unknown|unavailable|restricted|private|withheld|n\/a|na|none|null|-+|\*+)$/i;

/** What a column holds: a person's name or an account. */
type ColumnKind = 'name' | 'user';

/** The cells of one line (without its line end), each with its quotes as written, or null when a quote is left open. */
export function splitCells(line: string, delimiter: string): string[] | null {
  const cells: string[] = [];
  let start = 0;
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"' && i === start) {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        if (line[q + 1] === '"') i = q + 2;
        else {
          i = q + 1;
          break;
        }
      }
      continue;
    }
    if (i === line.length || line[i] === delimiter) {
      cells.push(line.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  return cells;
}

const DELIMITERS = [',', '\t', ';'];

/** A header label: short, no line noise (a log line's first line is no header). */
const LABEL = /^"?[A-Za-z\x80-\xff][A-Za-z0-9\x80-\xff _.()#&/'-]{0,40}"?$/;
/** Excel's first line naming the delimiter (sep=;). */
const SEP_LINE = /^sep=([,;\t|])$/;

/** Finds and applies the person columns of a CSV stream, piece by piece (see the file comment). */
export class CsvNameColumns {
  private state: 'unknown' | 'csv' | 'other' = 'unknown';
  private delimiter = ',';
  private width = 0;
  private columns: [index: number, kind: ColumnKind][] = [];
  /** Lines of the first piece before the data: the header, and Excel's "sep=" line above it. */
  private skipFirst = 1;

  constructor(private readonly placeholders: PlaceholderIssuer) {}

  /**
   * Replaces the person cells of `text` (latin1 bytes of UTF-8, whole lines; the first call holds
   * the header); returns the text and how many cells were replaced.
   */
  redact(text: string): { text: string; count: number } {
    // The header is the first line of the first piece: read, never redacted.
    const firstPiece = this.state === 'unknown';
    if (firstPiece) this.readHeader(text);
    if (this.state !== 'csv') return { text, count: 0 };
    const first = firstPiece ? this.skipFirst : 0;
    let count = 0;
    const lines = text.split('\n');
    for (let n = first; n < lines.length; n++) {
      const line = lines[n]!;
      const cr = line.endsWith('\r') ? '\r' : '';
      const cells = splitCells(cr ? line.slice(0, -1) : line, this.delimiter);
      if (cells === null || cells.length !== this.width) continue;
      let changed = false;
      for (const [index, kind] of this.columns) {
        const replaced = this.cell(cells[index]!, kind);
        if (replaced !== null) {
          cells[index] = replaced;
          changed = true;
          count++;
        }
      }
      if (changed) lines[n] = cells.join(this.delimiter) + cr;
    }
    return { text: count === 0 ? text : lines.join('\n'), count };
  }

  private readHeader(text: string): void {
    this.state = 'other';
    let lines = text.replace(/^\xef\xbb\xbf/, '').split('\n', 8).map((l) => l.replace(/\r$/, ''));
    let delimiters = DELIMITERS;
    const sep = SEP_LINE.exec(lines[0] ?? '');
    if (sep) {
      delimiters = [sep[1]!];
      lines = lines.slice(1);
    }
    const [header, ...rows] = lines;
    const data = rows.filter((row) => row.trim() !== '').slice(0, 5);
    if (!header || data.length === 0) return;
    for (const delimiter of delimiters) {
      const labels = splitCells(header, delimiter);
      if (labels === null || labels.length < 2 || !labels.every((label) => LABEL.test(label.trim()))) continue;
      if (!data.every((row) => splitCells(row, delimiter)?.length === labels.length)) continue;
      const columns = labels.flatMap((label, index): [number, ColumnKind][] => {
        const kind = columnKind(label.trim().replace(/^"|"$/g, ''));
        return kind ? [[index, kind]] : [];
      });
      if (columns.length === 0) return;
      this.state = 'csv';
      this.delimiter = delimiter;
      this.width = labels.length;
      this.columns = columns;
      this.skipFirst = sep ? 2 : 1;
      return;
    }
  }

  /** A cell's replacement (quotes kept), or null when it holds no one. */
  private cell(raw: string, kind: ColumnKind): string | null {
    const padded = raw.trim();
    const quoted = padded.length >= 2 && padded.startsWith('"') && padded.endsWith('"');
    const value = (quoted ? padded.slice(1, -1).replace(/""/g, '"') : raw).trim();
    if (value === '' || NO_ONE.test(value) || !/[A-Za-z\x80-\xff]/.test(value)) return null;
    // An address, a host name or an IP in a name column (From/To/Host of a call or network export)
    // is no one's name: the rules over the text judge it (a Zoom host stays, a private IP goes).
    if (kind === 'name' && !/\s/.test(value) && (/@/.test(value) || HOST_SHAPED.test(value))) return null;
    const text = Buffer.from(value, 'latin1').toString('utf8');
    const placeholder = kind === 'user' ? simplePlaceholder(this.placeholders, 'user', value.toLowerCase()) : simplePlaceholder(this.placeholders, 'name', foldWord(text.replace(/^([^,]+),\s*(.+)$/, '$2 $1')));
    return quoted ? `"${placeholder}"` : placeholder;
  }
}
