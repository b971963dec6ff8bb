/**
 * Markdown tables in pasted tickets and wiki exports (GitHub, GitLab, Confluence, Jira's markdown):
 * `| Name | E-mail | Ext | MAC |`, then a rule line `|---|:---:|`, then rows. Each cell is judged
 * by its column's header exactly as in a CSV file (column-kinds.ts, column-cells.ts).
 *
 * A table may stand anywhere in a text, so every piece is looked at, but only through
 * `indexOf('|')`, then `indexOf('---')`: a rule line has both. The pipe goes first: logs have none or
 * few, while a search for '-' stops at every date and UUID (2 ms per 8 MB of e2e log; the pipe first: 0.2 with the CSV header check).
 * A table still open at a piece's end carries its columns into the next piece.
 */
import { replaceCell, type CellJudge } from './column-cells.js';
import { headerKinds, type ColumnKind } from './column-kinds.js';

/** A rule line: cells of dashes with optional alignment colons, at least two, joined by pipes. */
const RULE_LINE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/;
/** A header cell: a short label (markdown may bold it: **Name**). */
const LABEL = /^[*_`]{0,2}[A-Za-z\x80-\xff][A-Za-z0-9\x80-\xff _.()#&/'-]{0,40}[*_`]{0,2}$/;

/** The cells of a table line between its pipes (an escaped \| stays inside a cell), with their padding; null when it is no table line. */
export function tableCells(line: string): { lead: string; cells: string[]; tail: string } | null {
  if (!line.includes('|')) return null;
  const parts = line.split(/(?<!\\)\|/);
  const leading = parts[0]!.trim() === '';
  const trailing = parts.length > 1 && parts[parts.length - 1]!.trim() === '';
  const cells = parts.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (cells.length < 2) return null;
  return { lead: leading ? `${parts[0]}|` : '', cells, tail: trailing ? `|${parts[parts.length - 1]}` : '' };
}

/** Finds the markdown tables of a stream of whole lines and replaces the cells of their private columns. */
export class MarkdownTables {
  /** The columns of a table still open at the last piece's end. */
  private open: { width: number; columns: [number, ColumnKind][] } | null = null;

  constructor(private readonly judge: CellJudge) {}

  /** Replaces the private cells of the markdown tables in `text` (latin1 bytes of UTF-8, whole lines). */
  redact(text: string): { text: string; count: number } {
    if (this.open === null && (text.indexOf('|') < 0 || text.indexOf('---') < 0)) return { text, count: 0 };
    const lines = text.split('\n');
    let count = 0;
    let table = this.open;
    for (let n = 0; n < lines.length; n++) {
      const raw = lines[n]!;
      const cr = raw.endsWith('\r') ? '\r' : '';
      const line = cr ? raw.slice(0, -1) : raw;
      if (table === null) {
        if (n > 0 && line.includes('---') && RULE_LINE.test(line)) table = this.header(lines[n - 1]!.replace(/\r$/, ''), line);
        continue;
      }
      const row = tableCells(line);
      if (row === null || row.cells.length !== table.width) {
        // The table ends at a line that is none of its rows (an empty line, text); a line of the
        // piece's end may be an unfinished one: the next piece starts at a line start anyway.
        table = n === lines.length - 1 && line === '' ? table : null;
        continue;
      }
      let changed = false;
      for (const [index, kind] of table.columns) {
        const replaced = replaceCell(row.cells[index]!, kind, this.judge);
        if (replaced !== null) {
          row.cells[index] = replaced;
          changed = true;
          count++;
        }
      }
      if (changed) lines[n] = row.lead + row.cells.join('|') + row.tail + cr;
    }
    this.open = table;
    return count === 0 ? { text, count: 0 } : { text: lines.join('\n'), count };
  }

  /** The private columns of a header line over a rule line, or null when it is no table's header (or says nothing private). */
  private header(headerLine: string, ruleLine: string): { width: number; columns: [number, ColumnKind][] } | null {
    const header = tableCells(headerLine);
    const rule = tableCells(ruleLine);
    if (header === null || rule === null || header.cells.length !== rule.cells.length) return null;
    const labels = header.cells.map((cell) => cell.trim());
    if (!labels.every((label) => LABEL.test(label))) return null;
    const kinds = headerKinds(labels.map((label) => label.replace(/^[*_`]+|[*_`]+$/g, '')));
    const columns = kinds.flatMap((kind, index): [number, ColumnKind][] => (kind && (!this.judge.secretsOnly || kind === 'secret' || kind === 'token') ? [[index, kind]] : []));
    return columns.length === 0 ? null : { width: labels.length, columns };
  }
}
