/**
 * Cells of CSV, TSV and semicolon-separated files read by their column's header: every cell of a
 * column whose header names a kind of private data (column-kinds.ts: a person's name, an account, a
 * password, a phone or call party number, a date of birth, an employee or national number, an IBAN,
 * a street address, a plate, a MAC, a Cisco device name, CUCM's integer IP addresses) is replaced as
 * that kind (column-cells.ts). No rule over free text can tell "smith" in a cell from a word, or a
 * password, a staff number or a birth date that nothing next to it announces.
 *
 * A file streams through RedactStream in pieces of whole lines, so the header is read once from the
 * first piece and kept: its columns carry over every 64 KiB piece. Only text that really looks like
 * CSV counts: a header of short labels joined by ',', ';' or a tab, and the next records (up to five,
 * at least one) with as many cells. Cells are read as RFC 4180 says (quotes, "" inside quotes, line
 * ends inside quotes: a password manager's notes).
 */
import { replaceCell, type CellJudge } from './column-cells.js';
import { headerKinds, type ColumnKind } from './column-kinds.js';

/** The cells of one line (without its line end), each with its quotes as written, or null when a quote is left open. */
export function splitCells(line: string, delimiter: string): string[] | null {
  const cells: string[] = [];
  let start = 0;
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"' && line.slice(start, i).trim() === '') {
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
/** A record spans at most this many lines (a note of a password manager's entry); longer, its lines are judged alone. */
const MAX_RECORD_LINES = 64;
/** CUCM's second line: the SQL type of each column (INTEGER,VARCHAR(50),UNIQUEIDENTIFIER), no data. */
const TYPE_CELL = /^"?(?:INTEGER|BIGINT|SMALLINT|TINYINT|BIT|N?VARCHAR\(\d+\)|N?CHAR\(\d+\)|UNIQUEIDENTIFIER|DATETIME|TEXT)"?$/;

/** One record: the index of its last line and its cells (null when a quote stays open). */
interface CsvRecord {
  last: number;
  cells: string[] | null;
}

/** The record that starts at lines[n]: lines joined while a quoted cell goes on over a line end. */
function recordAt(lines: readonly string[], n: number, delimiter: string): CsvRecord {
  // Line ends inside a quoted cell stay as written (\r\n in an export from Windows); only the record's own is cut.
  let text = lines[n]!;
  let cells = splitCells(text.replace(/\r$/, ''), delimiter);
  let last = n;
  while (cells === null && last + 1 < lines.length && last - n < MAX_RECORD_LINES) {
    last++;
    text += `\n${lines[last]!}`;
    cells = splitCells(text.replace(/\r$/, ''), delimiter);
  }
  return cells === null ? { last: n, cells: null } : { last, cells };
}

/** Finds and applies the private columns of a CSV stream, piece by piece (see the file comment). */
export class TableColumns {
  private state: 'unknown' | 'csv' | 'other' = 'unknown';
  private delimiter = ',';
  private width = 0;
  private columns: [index: number, kind: ColumnKind][] = [];
  /** Lines of the first piece before the data: the header, and Excel's "sep=" line above it. */
  private skipFirst = 1;

  constructor(private readonly judge: CellJudge) {}

  /** True once the first piece showed a CSV header with a private column. */
  get isTable(): boolean {
    return this.state === 'csv';
  }

  /**
   * Replaces the private cells of `text` (latin1 bytes of UTF-8, whole lines; the first call holds
   * the header); returns the text and how many cells were replaced.
   */
  redact(text: string): { text: string; count: number } {
    // The header is the first line of the first piece: read, never redacted.
    const firstPiece = this.state === 'unknown';
    if (firstPiece) this.readHeader(text);
    if (this.state !== 'csv') return { text, count: 0 };
    let count = 0;
    const lines = text.split('\n');
    for (let n = firstPiece ? this.skipFirst : 0; n < lines.length; n++) {
      const record = recordAt(lines, n, this.delimiter);
      const { cells } = record;
      const first = n;
      n = record.last;
      if (cells === null || cells.length !== this.width) continue;
      if (firstPiece && first === this.skipFirst && cells.every((cell) => cell === '' || TYPE_CELL.test(cell))) continue;
      let changed = false;
      for (const [index, kind] of this.columns) {
        const replaced = replaceCell(cells[index]!, kind, this.judge);
        if (replaced !== null) {
          cells[index] = replaced;
          changed = true;
          count++;
        }
      }
      if (!changed) continue;
      const cr = lines[record.last]!.endsWith('\r') ? '\r' : '';
      // A record over several lines becomes lines[first] (its cells joined keep their inner line ends).
      lines[first] = cells.join(this.delimiter) + cr;
      for (let k = first + 1; k <= record.last; k++) lines[k] = '\0';
    }
    if (count === 0) return { text, count: 0 };
    return { text: lines.filter((line) => line !== '\0').join('\n'), count };
  }

  private readHeader(text: string): void {
    this.state = 'other';
    let lines = text.replace(/^\xef\xbb\xbf/, '').split('\n', 400);
    let delimiters = DELIMITERS;
    const sep = SEP_LINE.exec((lines[0] ?? '').replace(/\r$/, ''));
    if (sep) {
      delimiters = [sep[1]!];
      lines = lines.slice(1);
    }
    const header = lines[0]?.replace(/\r$/, '');
    if (!header) return;
    for (const delimiter of delimiters) {
      const labels = splitCells(header, delimiter);
      if (labels === null || labels.length < 2 || !labels.every((label) => LABEL.test(label.trim()))) continue;
      if (!this.dataFits(lines, delimiter, labels.length)) continue;
      const kinds = headerKinds(labels.map((label) => label.trim().replace(/^"|"$/g, '')));
      const columns = kinds.flatMap((kind, index): [number, ColumnKind][] => (kind && (!this.judge.secretsOnly || kind === 'secret' || kind === 'token') ? [[index, kind]] : []));
      if (columns.length === 0) return;
      this.state = 'csv';
      this.delimiter = delimiter;
      this.width = labels.length;
      this.columns = columns;
      this.skipFirst = sep ? 2 : 1;
      return;
    }
  }

  /** True when the records after the header (up to five, at least one) have `width` cells. */
  private dataFits(lines: readonly string[], delimiter: string, width: number): boolean {
    let seen = 0;
    for (let n = 1; n < lines.length && seen < 5; n++) {
      if (lines[n]!.trim() === '') continue;
      const record = recordAt(lines, n, delimiter);
      if (record.cells?.length !== width) return false;
      n = record.last;
      seen++;
    }
    return seen > 0;
  }
}
