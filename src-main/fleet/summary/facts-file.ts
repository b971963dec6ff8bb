/**
 * The bytes of a facts table (fact-rows.ts) as Parquet or as NDJSON. Parquet through
 * hyparquet-writer: pure JavaScript, one dependency, about 1 MB installed, loaded only when a
 * .parquet file is asked for (parquetjs and its forks pull in thrift, brotli and more, and are
 * barely kept). Moments are TIMESTAMP(MILLIS, UTC), lists are 3-level LIST<STRING>, so DuckDB,
 * Athena/Trino and Spark read the columns with their types, not as text.
 */
import { FACT_COLUMNS, type FactColumnType, type FactRow } from '../../../src-shared/fleet/fact-rows.js';
import { APP_NAME, APP_VERSION } from '../../app-info.js';

/** The formats `--out` may name, by file extension. */
export type FactsFormat = 'parquet' | 'ndjson';

/** The format a file name asks for, or undefined. */
export function factsFormatOf(file: string): FactsFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.parquet')) return 'parquet';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return undefined;
}

/** One JSON object per line, columns in order, null where absent. */
export function factsNdjson(rows: readonly FactRow[]): string {
  return rows.map((row) => `${JSON.stringify(Object.fromEntries(FACT_COLUMNS.map((c) => [c.name, row[c.name]])))}\n`).join('');
}

type SchemaElement = Record<string, unknown>;

/** The Parquet schema elements of one column (a list takes three). */
function schemaOf(name: string, type: FactColumnType, required: boolean): SchemaElement[] {
  const repetition_type = required ? 'REQUIRED' : 'OPTIONAL';
  if (type === 'timestamp') return [{ name, type: 'INT64', repetition_type, logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MILLIS' } }];
  if (type === 'string[]') {
    return [
      { name, repetition_type, converted_type: 'LIST', num_children: 1 },
      { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
      { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'REQUIRED' },
    ];
  }
  return [{ name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type }];
}

/** Columns every row has. */
const REQUIRED = new Set<keyof FactRow>(['source', 'status']);

/** The Parquet file's bytes. */
export async function factsParquet(rows: readonly FactRow[]): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await import('hyparquet-writer');
  const buffer = parquetWriteBuffer({
    columnData: FACT_COLUMNS.map((c) => ({
      name: c.name,
      data: rows.map((row) => (c.type === 'timestamp' && row[c.name] !== null ? new Date(row[c.name] as string) : row[c.name])),
    })),
    schema: [{ name: 'root', num_children: FACT_COLUMNS.length }, ...FACT_COLUMNS.flatMap((c) => schemaOf(c.name, c.type, REQUIRED.has(c.name)))] as never,
    createdBy: `${APP_NAME} ${APP_VERSION}`,
  });
  return new Uint8Array(buffer);
}
