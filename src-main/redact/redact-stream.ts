/**
 * A Transform that redacts text as it streams: each chunk is cut after its last newline and the
 * rest is held back and joined to the next chunk, so a secret split across two chunks is still
 * whole when the rules see it. Memory stays flat: at most one line (capped) is held back.
 * It takes Buffers, or strings of latin1 text (one character per byte, so any bytes round-trip
 * exactly: a log read by Latin1FileReader), and gives Buffers.
 */
import { Transform, type TransformCallback } from 'node:stream';
import type { CellJudge } from './column-cells.js';
import { EncodedText } from './encoded-text.js';
import { LdifRecords } from './ldif-records.js';
import { MarkdownTables } from './markdown-tables.js';
import { SqlRows } from './sql-rows.js';
import { DeviceConfigSecrets } from './device-config-secrets.js';
import type { Redactor } from './redactor.js';
import { RegistryValues } from './registry-values.js';
import { TableColumns } from './table-columns.js';

/** A line longer than this is cut at a space inside it so memory stays bounded. */
const MAX_HELD = 1024 * 1024;
/** The most bytes of a chunk decoded and redacted at once (see _transform). */
export const TEXT_PIECE_BYTES = 64 * 1024;
/** Bytes kept back when a long line must be cut: longer than any value the rules match. */
const TAIL = 8 * 1024;

/** Where to cut a line that has grown to MAX_HELD without a newline: at a space or tab before its last TAIL bytes. */
function longLineCut(text: string): number {
  const limit = text.length - TAIL;
  const space = Math.max(text.lastIndexOf(' ', limit), text.lastIndexOf('\t', limit));
  return space > 0 ? space + 1 : limit;
}

export class RedactStream extends Transform {
  /** Values replaced in this stream so far. */
  redactions = 0;
  private held = '';
  /** The private columns of a CSV file, read from its header (table-columns.ts), and of markdown tables (markdown-tables.ts); null for the 'none' profile. */
  private readonly csv: TableColumns | null;
  private readonly markdown: MarkdownTables | null;
  /** The rows of SQL dumps (INSERT ... VALUES, pg_dump's COPY), read by their column lists (sql-rows.ts); null for 'none'. */
  private readonly sql: SqlRows | null;
  /** Router and firewall configurations' credentials (device-config-secrets.ts); null for 'none'. */
  private readonly config: DeviceConfigSecrets | null;
  /** LDIF records (ldif-records.ts) and `reg query` values (registry-values.ts): keys written apart from their values; null for the 'none' profile. */
  private readonly ldif: LdifRecords | null;
  private readonly registry: RegistryValues | null;
  /** Values hidden by an encoding (quoted-printable, encoded-words, URL escapes, folds, escaped JSON): encoded-text.ts; null for 'none'. */
  private readonly encoded: EncodedText | null;

  /**
   * `onText` sees the redacted text as it is pushed (latin1 characters, one per byte, cut after a
   * newline except for overlong lines and the end): the log-evidence step reads the logs from here
   * instead of reading them again.
   */
  constructor(
    private readonly redactor: Redactor,
    private readonly onText?: (text: string) => void,
  ) {
    // Strings and Buffers alike; one chunk waiting at most, as in byte mode with 512 KiB reads.
    super({ writableObjectMode: true, writableHighWaterMark: 1 });
    const rules = (text: string): { text: string; count: number } => redactor.redactText(text);
    // The minimal profile reads the columns too, for their secrets only (a password manager's export).
    const judge: CellJudge = { placeholders: redactor.placeholders, redactText: rules, secretsOnly: redactor.profile === 'minimal' };
    this.csv = redactor.profile === 'none' ? null : new TableColumns(judge);
    this.markdown = redactor.profile === 'none' ? null : new MarkdownTables(judge);
    this.sql = redactor.profile === 'none' ? null : new SqlRows(judge);
    this.config = redactor.profile === 'none' ? null : new DeviceConfigSecrets(redactor.placeholders);
    this.ldif = redactor.profile === 'none' ? null : new LdifRecords(redactor.placeholders, rules, redactor.profile === 'minimal');
    this.registry = redactor.profile === 'none' ? null : new RegistryValues(redactor.placeholders, rules, redactor.profile === 'minimal');
    this.encoded = redactor.profile === 'none' ? null : new EncodedText(rules);
  }

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      // Large reads are decoded and redacted TEXT_PIECE_BYTES at a time: the regexes run fastest on
      // strings of about that size (docs/perf-notes.md), and strings over ~128 KiB would live in V8's
      // large-object space, freed only by full collections (peak RSS grew by ~50 MB with 512 KiB).
      for (let offset = 0; offset < chunk.length; offset += TEXT_PIECE_BYTES) {
        const end = Math.min(chunk.length, offset + TEXT_PIECE_BYTES);
        const piece = typeof chunk === 'string' ? chunk.slice(offset, end) : chunk.toString('latin1', offset, end);
        // What is held never holds a newline (it is what followed the last one), so only the new
        // piece is searched: searching held + piece flattened and scanned the whole held line again
        // for every piece of a long line (JSON dumps: ~5 % of a bundle's CPU).
        const newline = piece.lastIndexOf('\n');
        if (newline < 0 && this.held.length + piece.length < MAX_HELD) {
          this.held += piece;
          continue;
        }
        const text = this.held + piece;
        const cut = newline >= 0 ? this.held.length + newline + 1 : longLineCut(text);
        this.held = text.slice(cut);
        if (cut > 0) this.push(this.redact(text.slice(0, cut)));
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.held) this.push(this.redact(this.held));
      this.held = '';
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private redact(input: string): Buffer {
    // Encodings first (encoded-text.ts): the steps below and the rules then see the values decoded and replaced.
    const decoded = this.encoded ? this.encoded.redact(input) : { text: input, count: 0 };
    const text = decoded.text;
    this.redactions += decoded.count;
    const csv = this.csv ? this.csv.redact(text) : { text, count: 0 };
    // A CSV file is no markdown (its cells may hold dashes and pipes).
    const markdown = this.markdown && !this.csv?.isTable ? this.markdown.redact(csv.text) : { text: csv.text, count: 0 };
    const sql = this.sql && !this.csv?.isTable ? this.sql.redact(markdown.text) : { text: markdown.text, count: 0 };
    const config = this.config ? this.config.redact(sql.text) : { text: sql.text, count: 0 };
    const cells = { text: config.text, count: csv.count + markdown.count + sql.count + config.count };
    const ldif = this.ldif ? this.ldif.redact(cells.text) : cells;
    const registry = this.registry ? this.registry.redact(ldif.text) : ldif;
    const result = this.redactor.redactText(registry.text);
    this.redactions += cells.count + (ldif === cells ? 0 : ldif.count) + (registry === ldif ? 0 : registry.count) + result.count;
    this.onText?.(result.text);
    return Buffer.from(result.text, 'latin1');
  }
}
