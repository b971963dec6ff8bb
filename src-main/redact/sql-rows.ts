/**
 * Rows of SQL dumps, read by their column list as a CSV row is read by its header (column-kinds.ts,
 * column-cells.ts): `INSERT INTO users (id, full_name, national_id, phone) VALUES (7, 'Ana Popescu',
 * '1850512299549', '0721 555 010'), (...);` as mysqldump, pg_dump --inserts and SQL consoles write
 * them, and pg_dump's `COPY users (id, full_name, ...) FROM stdin;` blocks of tab-separated rows
 * ending at `\.`. A dump's values carry no key of their own: without the column list a national id
 * or a password hash is one more number or string.
 *
 * Only files whose first 16 KiB hold a dump's statement are read (a search of every piece of every
 * log cost ~5 ms per 8 MB). A statement is read within one piece; a COPY block still open at a piece's end carries its columns
 * into the next piece.
 */
import { replaceCell, type CellJudge } from './column-cells.js';
import { headerKinds, type ColumnKind } from './column-kinds.js';

/** How much of a stream's start says whether it is a dump (as encoded-text.ts reads e-mail files). */
const START = 16 * 1024;
/** A dump's statement: INSERT INTO, pg_dump's COPY ... FROM stdin, CREATE TABLE. */
const DUMP_MARK = /\b(?:INSERT[ \t]+(?:IGNORE[ \t]+)?INTO|COPY[ \t]+[\w."]+[ \t]*\(|CREATE[ \t]+TABLE)\b/i;

/** The start of an INSERT with a column list, up to VALUES; group 1 the column list. */
const INSERT_HEAD = /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t]+[`"[\]\w.]+[ \t]*\(([^()]{1,4000})\)[ \t\r\n]*VALUES[ \t\r\n]*/gi;
/** pg_dump's COPY line; group 1 the column list. */
const COPY_HEAD = /^COPY[ \t]+[\w."]+[ \t]*\(([^()\n]{1,4000})\)[ \t]+FROM[ \t]+stdin;\r?$/gm;

/** The column names of a list (`id`, "full_name", [phone]), unquoted. */
function columnNames(list: string): string[] {
  return list.split(',').map((name) => name.trim().replace(/^[`"[]|[`"\]]$/g, ''));
}

/** The private columns among these names, as [index, kind]. */
function privateColumns(names: readonly string[], judge: CellJudge): [number, ColumnKind][] {
  return headerKinds(names).flatMap((kind, index): [number, ColumnKind][] => (kind && (!judge.secretsOnly || kind === 'secret' || kind === 'token') ? [[index, kind]] : []));
}

/**
 * The values of one tuple starting after its '(' at `from`: each value's start and end in `text`,
 * and where the tuple's ')' is; null when the tuple does not close in the text.
 */
function tupleValues(text: string, from: number): { values: [number, number][]; end: number } | null {
  const values: [number, number][] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "'") {
      // A string literal: '' and \' inside it.
      for (i++; i < text.length; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === "'") {
          if (text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      values.push([start, i]);
      if (c === ')') return { values, end: i + 1 };
      start = i + 1;
    }
  }
  return null;
}

/** One SQL value with its private content replaced ('...' keeps its quotes, a string's '' escapes are read), or null to keep it. */
function replaceValue(raw: string, kind: ColumnKind, judge: CellJudge): string | null {
  const trimmed = raw.trim();
  if (/^(?:NULL|DEFAULT|TRUE|FALSE)$/i.test(trimmed)) return null;
  const quoted = /^(N|E|_utf8mb4)?'([\s\S]*)'$/i.exec(trimmed);
  if (!quoted) return replaceCell(raw, kind, judge);
  const inner = quoted[2]!.replace(/''/g, "'");
  const replaced = replaceCell(inner, kind, judge);
  if (replaced === null) return null;
  const at = raw.indexOf(trimmed);
  return `${raw.slice(0, at)}${quoted[1] ?? ''}'${replaced.replace(/'/g, "''")}'${raw.slice(at + trimmed.length)}`;
}

/** Finds the rows of SQL dumps in a stream of whole lines and replaces the values of their private columns. */
export class SqlRows {
  /** The private columns of a COPY block still open at the last piece's end. */
  private copy: { width: number; columns: [number, ColumnKind][] } | null = null;

  constructor(private readonly judge: CellJudge) {}

  /** Whether the stream's first 16 KiB hold a statement of a dump. */
  private dump = false;
  private seen = 0;

  /** Replaces the private values of the SQL rows in `text` (latin1 bytes of UTF-8, whole lines). */
  redact(text: string): { text: string; count: number } {
    if (this.seen < START) {
      this.dump ||= DUMP_MARK.test(text.slice(0, START - this.seen));
      this.seen += text.length;
    }
    if (!this.dump) return { text, count: 0 };
    const counter = { count: 0 };
    const inserted = this.inserts(text, counter);
    const copied = this.copies(inserted, counter);
    return counter.count === 0 ? { text, count: 0 } : { text: copied, count: counter.count };
  }

  private inserts(text: string, counter: { count: number }): string {
    if (text.indexOf('INSERT') < 0 && text.indexOf('insert') < 0) return text;
    let out = '';
    let emitted = 0;
    INSERT_HEAD.lastIndex = 0;
    for (let head = INSERT_HEAD.exec(text); head !== null; head = INSERT_HEAD.exec(text)) {
      const names = columnNames(head[1]!);
      const columns = privateColumns(names, this.judge);
      const width = names.length;
      let at = INSERT_HEAD.lastIndex;
      // The tuples: (...), (...), ... up to the statement's end.
      while (columns.length > 0 && text[at] === '(') {
        const tuple = tupleValues(text, at + 1);
        if (tuple === null) break;
        if (tuple.values.length === width) {
          for (const [index, kind] of columns) {
            const [start, end] = tuple.values[index]!;
            const replaced = replaceValue(text.slice(start, end), kind, this.judge);
            if (replaced === null) continue;
            out += text.slice(emitted, start) + replaced;
            emitted = end;
            counter.count++;
          }
        }
        at = tuple.end;
        const next = /^[ \t]*,[ \t\r\n]*/.exec(text.slice(at, at + 64));
        if (!next) break;
        at += next[0].length;
      }
      INSERT_HEAD.lastIndex = Math.max(at, INSERT_HEAD.lastIndex);
    }
    return emitted === 0 ? text : out + text.slice(emitted);
  }

  private copies(text: string, counter: { count: number }): string {
    if (this.copy === null && text.indexOf('COPY ') < 0) return text;
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n]!.replace(/\r$/, '');
      if (this.copy === null) {
        COPY_HEAD.lastIndex = 0;
        const head = COPY_HEAD.exec(line);
        if (head) {
          const names = columnNames(head[1]!);
          const columns = privateColumns(names, this.judge);
          this.copy = columns.length > 0 ? { width: names.length, columns } : null;
        }
        continue;
      }
      if (line === '\\.') {
        this.copy = null;
        continue;
      }
      const cells = line.split('\t');
      // The last line of a piece may be cut: the next piece starts at a line start anyway.
      if (cells.length !== this.copy.width) continue;
      let changed = false;
      for (const [index, kind] of this.copy.columns) {
        if (cells[index] === '\\N') continue;
        const replaced = replaceCell(cells[index]!, kind, this.judge);
        if (replaced === null) continue;
        cells[index] = replaced;
        changed = true;
        counter.count++;
      }
      if (changed) lines[n] = cells.join('\t') + (lines[n]!.endsWith('\r') ? '\r' : '');
    }
    return lines.join('\n');
  }
}
