/**
 * `zpb facts PATH...|s3://BUCKET/PREFIX/ --out FILE.parquet|FILE.ndjson`: one row per bundle file
 * with the facts summarize groups by (src-shared/fleet/fact-rows.ts, docs/fleet-facts.md), for
 * DuckDB, Athena, Trino or Spark; docs/fleet.sql is summarize's grouping and verdicts over them.
 * Bundles are read and checked exactly as summarize reads them, from disk or from a bucket.
 * Exit 0 when every file was a good bundle, 1 when some were not (they are rows too, with why), 2 bad usage.
 */
import { count } from '../../src-shared/plural-words.js';
import { countedRow, notCountedRow, type FactRow } from '../../src-shared/fleet/fact-rows.js';
import { isBucketUrl, objectUrl } from '../fleet/summary/bucket-location.js';
import { factsFormatOf, factsNdjson, factsParquet } from '../fleet/summary/facts-file.js';
import { findBundleFiles } from '../fleet/summary/find-bundle-files.js';
import { readLocalFacts } from '../fleet/summary/read-local-facts.js';
import { readBucketRun } from './bucket-read-run.js';
import { resolveFromCwd } from './cli-path.js';
import type { CliIo } from './cli-io.js';
import { parseCommandArgs } from './command-args.js';
import { checkOutputFlag, writeOutputFlag } from './output-flag.js';
import { bucketFlags } from './summarize-command.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';

export const FACTS_USAGE = `Usage: zpb facts PATH... --out FILE.parquet|FILE.ndjson [--force]
       zpb facts s3://BUCKET/PREFIX/ --out FILE [--endpoint URL] [--concurrency N] [--cache-dir DIR | --no-cache] [--verify-all]

Writes one row per bundle file (PATH is a bundle, or a folder searched for *.zip; or every *.zip
under a bucket prefix) with the facts zpb summarize groups and judges by: time and time zone,
code, fingerprint, action, scope, networks, VPN and proxy, Zoom and OS versions, failing probes,
findings, reporter and device ids, the bundle's sha256 and where it is. Files that are not good
bundles are rows too, with status 'not counted' and why. Parquet (typed columns) or NDJSON, by the
file's extension. Columns: docs/fleet-facts.md; summarize's groups and verdicts in SQL over this
table: docs/fleet.sql. Bundles in a bucket are read as zpb summarize reads them (zpb summarize --help).

Options:
  --out FILE      the table to write: .parquet, or .ndjson / .jsonl (written whole or not at all)
  --force         replace an existing file (a regular file only)
  --endpoint URL, --concurrency N, --cache-dir DIR, --no-cache, --verify-all: as for zpb summarize
  -h, --help      show this help

Exit codes: 0 every file was a good bundle, 1 some were not (listed in the table), 2 bad usage.
`;

const OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean', default: false },
  'verify-all': { type: 'boolean', default: false },
  endpoint: { type: 'string' },
  concurrency: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type FactsValues = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** The rows of the bundles the positionals name. */
async function readRows(positionals: string[], values: FactsValues, io: CliIo): Promise<FactRow[]> {
  const buckets = positionals.filter(isBucketUrl);
  if (buckets.length === 0) {
    for (const flag of ['endpoint', 'concurrency', 'cache-dir'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag}: only for an s3:// location`);
    const { files, missing, unreadable } = await findBundleFiles(positionals.map((p) => resolveFromCwd(io.cwd, p, 'facts')));
    if (missing.length > 0) throw new UsageError(`facts: no such file or folder: ${missing[0]}`);
    if (files.length === 0 && unreadable.length === 0) throw new UsageError('facts: no *.zip file found in the folders given');
    const read = await readLocalFacts(files, { signal: io.signal });
    return [
      ...read.map(({ file, facts, zipSha256 }) => (facts.ok ? countedRow({ source: file, bundleSha256: zipSha256 }, facts.bundle) : notCountedRow({ source: file }, facts.reason))),
      ...unreadable.map((u) => notCountedRow({ source: u.path }, u.reason)),
    ];
  }
  if (buckets.length !== positionals.length || buckets.length > 1) throw new UsageError('facts: name one s3:// location, or local bundles and folders, not both');
  const run = await readBucketRun(buckets[0]!, { command: 'facts', ...bucketFlags(values, io) }, io);
  return run.read.map(({ object, facts, zipSha256 }) => {
    const at = { source: objectUrl(run.location.bucket, object.key), etag: object.etag, bundleSha256: zipSha256 };
    return facts.ok ? countedRow(at, facts.bundle) : notCountedRow(at, facts.reason);
  });
}

/** Runs `zpb facts`; returns the exit code. */
export async function runFacts(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, OPTIONS);
  if (parsed.values.help) {
    io.stdout.write(FACTS_USAGE);
    return EXIT.ok;
  }
  if (parsed.positionals.length === 0) throw new UsageError('facts: name bundles, folders or one s3:// location (zpb facts PATH... --out FILE.parquet)');
  if (parsed.values.out === undefined) throw new UsageError('facts: --out FILE.parquet or --out FILE.ndjson is required');
  const format = factsFormatOf(parsed.values.out);
  if (!format) throw new UsageError(`--out: name a .parquet, .ndjson or .jsonl file, got "${parsed.values.out}"`);
  const out = resolveFromCwd(io.cwd, parsed.values.out, '--out');
  const replace = { replace: parsed.values.force };
  await checkOutputFlag('--out', out, replace);
  const rows = await readRows(parsed.positionals, parsed.values, io).catch((error: unknown) => {
    if (io.signal?.aborted) return undefined;
    throw error;
  });
  if (!rows) return EXIT.interrupted;
  rows.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  await writeOutputFlag('--out', out, format === 'parquet' ? await factsParquet(rows) : factsNdjson(rows), replace);
  const notCounted = rows.filter((r) => r.status !== 'counted').length;
  io.stdout.write(`Wrote ${count(rows.length, 'row')} (${notCounted} not counted) to ${out}\n`);
  return notCounted > 0 ? EXIT.failed : EXIT.ok;
}
