import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countedRow, notCountedRow } from '../../../../src-shared/fleet/fact-rows.js';
import { factsFormatOf, factsNdjson, factsParquet } from '../../../../src-main/fleet/summary/facts-file.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
const rows = [
  countedRow({ source: 'a.zip', bundleSha256: 'a'.repeat(64) }, { path: 'a.zip', reporter: 'r1', device: 'd1', errorText: 'Call failed "é" \u202e', errorCode: '400', occurredAt: '2026-11-26T08:00:00.000Z', network: { kind: 'wifi', vpn: 'none', proxy: 'none' }, failedProbes: ['sip-5061: refused', 'stun-3478: timeout'], findings: [] }),
  notCountedRow({ source: 'b.zip' }, 'not a readable zip'),
];

describe('facts files', () => {
  it('picks the format by extension', () => {
    expect(['x.parquet', 'X.PARQUET', 'x.ndjson', 'x.jsonl', 'x.csv', 'x'].map(factsFormatOf)).toEqual(['parquet', 'parquet', 'ndjson', 'ndjson', undefined, undefined]);
  });

  it('Parquet read back by DuckDB: the same values, typed (timestamp, list), nulls where absent', async () => {
    const file = path.join(dir, 'f.parquet');
    writeFileSync(file, await factsParquet(rows));
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const read = (await connection.runAndReadAll(`SELECT source, status, error_text, epoch_ms(occurred_at) AS ms, failed_probes, reporter_id, reason FROM read_parquet('${file}') ORDER BY source`)).getRowObjectsJson();
    expect(read).toEqual([
      { source: 'a.zip', status: 'counted', error_text: 'Call failed "é" \u202e', ms: String(Date.parse('2026-11-26T08:00:00Z')), failed_probes: ['sip-5061: refused', 'stun-3478: timeout'], reporter_id: 'r1', reason: null },
      { source: 'b.zip', status: 'not counted', error_text: null, ms: null, failed_probes: null, reporter_id: null, reason: 'not a readable zip' },
    ]);
    connection.closeSync();
  });

  it('NDJSON: one object per line, every column, null where absent', () => {
    const lines = factsNdjson(rows).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[1]).toMatchObject({ source: 'b.zip', occurred_at: null, failed_probes: null });
    expect(Object.keys(lines[0]!)).toEqual(Object.keys(lines[1]!));
  });
});
