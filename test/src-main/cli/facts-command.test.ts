// `zpb facts` as users run it: the real binary, local bundles and a bucket on a real S3-compatible
// server (s3rver on 127.0.0.1), bad usage in one line. The table's agreement with summarize is
// proven in test/docs/fleet-sql.test.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBundleBucket, type BundleBucket } from '../../helpers/bundle-bucket.js';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const local = path.join(dir, 'local');
let bucket: BundleBucket;
const rowsOf = (file: string) => readFileSync(path.join(dir, file), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(async () => {
  mkdirSync(local);
  mkdirSync(path.join(dir, 'home'));
  bucket = await startBundleBucket(path.join(dir, 's3'));
  await writeFleetBundle(local, 'ann.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', vpn: 'detected' });
  writeFileSync(path.join(local, 'notes.zip'), 'hello');
  await bucket.put('fleet/ann.zip', path.join(local, 'ann.zip'));
}, 60_000);

afterAll(() => bucket?.close());

describe('zpb facts', () => {
  it('a bucket: one row per object with its s3:// name and ETag, read in place (no bundle sha256 without --verify-all)', async () => {
    const run = await runCli(['facts', '--no-cache', '--endpoint', bucket.endpoint, 's3://bundles/fleet/', '--out', 'bucket.ndjson'], { cwd: dir, env: bucket.env(path.join(dir, 'home')) });
    expect(run.code).toBe(0);
    const [row] = rowsOf('bucket.ndjson');
    expect(row).toMatchObject({ source: 's3://bundles/fleet/ann.zip', source_etag: expect.stringMatching(/^"[0-9a-f]+"$/), status: 'counted', vpn: 'detected', bundle_sha256: null });
    const whole = await runCli(['facts', '--no-cache', '--verify-all', '--endpoint', bucket.endpoint, 's3://bundles/fleet/', '--out', 'whole.ndjson'], { cwd: dir, env: bucket.env(path.join(dir, 'home')) });
    expect(whole.code).toBe(0);
    const local = rowsOf('whole.ndjson')[0]!;
    expect(local.bundle_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect({ ...local, bundle_sha256: null }).toEqual(row);
  });

  it('local files: counted and not counted rows, exit 1 when some are not counted; an existing --out needs --force', async () => {
    const run = await runCli(['facts', 'local', '--out', 'local.ndjson'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(rowsOf('local.ndjson').map((r) => [path.basename(String(r.source)), r.status])).toEqual([['ann.zip', 'counted'], ['notes.zip', 'not counted']]);
    const again = await runCli(['facts', 'local', '--out', 'local.ndjson'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^zpb: --out: [^\n]+\n$/);
    expect((await runCli(['facts', 'local', '--out', 'local.ndjson', '--force'], { cwd: dir })).code).toBe(1);
  });

  it('bad usage: one line and exit 2', async () => {
    for (const args of [['facts', 'local'], ['facts', '--out', 'x.parquet'], ['facts', 'local', '--out', 'x.csv'], ['facts', 'local', '--endpoint', 'http://127.0.0.1:1', '--out', 'x.parquet'], ['facts', 'nowhere', '--out', 'x.parquet']]) {
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^zpb: [^\n]+\n$/);
    }
  });
});
