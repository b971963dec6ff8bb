/**
 * `zpb summarize PATH... [--json] [--csv FILE] [--html FILE] [--force] [--window 2h]`: reads
 * many bundles (files, or folders searched for *.zip), groups them by error fingerprint and time
 * window, and answers the seed's separation test for each group. Exit 0 when every file was a good bundle, 1 when some
 * were listed apart as invalid, 2 for bad usage, a path that does not exist, or no zip found.
 */
import type { FleetSummary } from '../../src-shared/fleet/fleet-summary.js';
import { summarizeFleet } from '../../src-shared/fleet/group-bundles.js';
import { isBucketUrl } from '../fleet/summary/bucket-location.js';
import { summaryHtml } from '../fleet/summary/summary-html.js';
import { findBundleFiles } from '../fleet/summary/find-bundle-files.js';
import { summaryCsv } from '../fleet/summary/summary-csv.js';
import { DEFAULT_WINDOW_MINUTES, summarizeBundles } from '../services/summarize-bundles.js';
import type { CliIo } from './cli-io.js';
import { resolveFromCwd } from './cli-path.js';
import { checkOutputFlag, writeOutputFlag } from './output-flag.js';
import { shortName, summaryText } from '../fleet/summary/summary-text.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';
import { parseCommandArgs } from './command-args.js';
import { readBucketRun, type BucketRunOptions } from './bucket-read-run.js';
import { defaultCacheFolder } from '../fleet/summary/bundle-facts-cache.js';

export const SUMMARIZE_USAGE = `Usage: zpb summarize PATH... [--json] [--csv FILE] [--html FILE] [--force] [--window 2h] [--verify-all]
       zpb summarize s3://BUCKET/PREFIX/ [--endpoint URL] [--concurrency N] [same options]

Reads many support bundles (PATH is a bundle, or a folder searched for *.zip), groups them by
error (the code's last three digits, the error text with numbers, ids and addresses masked, and the
failed action), splits each group into episodes by time, and says for each whether it looks like
one user, one device, one network, one Zoom version, or everywhere, with the evidence.

Every bundle is checked as zpb inspect checks it (every entry, logs included, against its size
and sha256 in the manifest) while the zip is read. Bundles that fail (a file changed after the
bundle was made is named), and files that are not bundles, are listed apart with why and never
counted in a group.

In a bucket (s3://BUCKET/PREFIX/: every *.zip whose key starts with PREFIX), each bundle is read
in place by range requests: its zip directory and its small JSON files, checked against their
sha256 in the manifest; the logs are checked by name and size and never downloaded (--verify-all
downloads every bundle whole and checks every entry). Credentials and region come from the AWS
SDK's standard chain (AWS_* variables, the shared config and credentials files, AWS_PROFILE, SSO);
an S3-compatible store from --endpoint, AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL (path-style then).
Progress and what the reading cost go to stderr.

Options:
  --json          print { groups: [...], invalid: [{ path, reason }], ... } as JSON
  --csv FILE      also write one row per file with its group (cells a spreadsheet would run
                  as formulas are quoted)
  --html FILE     also write one self-contained page: groups, verdicts, evidence, a timeline
  --force         replace an existing --csv or --html file (a regular file only; without it an
                  existing file is left alone and nothing is read)
  --window TIME   incidents further apart start a new episode: 90m, 2h, 1d (default 2h)
  --verify-all    local bundles: accepted for older scripts (every log is always hashed);
                  a bucket: download every bundle whole and hash every entry
  --endpoint URL  an S3-compatible store (http://127.0.0.1:9000); path-style addressing
  --concurrency N bundles read from a bucket at once (default 16)
  --cache-dir DIR where facts read from a bucket are kept by key and ETag, so the next run reads
                  only new or changed bundles (default: ZPB_CACHE_DIR, else the user's cache
                  folder, e.g. ~/.cache/Zoom Phone Support Bundle)
  --no-cache      read every bundle of the bucket again, and keep nothing
  -h, --help      show this help

Exit codes: 0 every file was a good bundle, 1 some were not counted, 2 bad usage, a path that
does not exist, or no zip found.
`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  csv: { type: 'string' },
  html: { type: 'string' },
  window: { type: 'string' },
  'verify-all': { type: 'boolean', default: false },
  endpoint: { type: 'string' },
  concurrency: { type: 'string' },
  'cache-dir': { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const UNIT_MINUTES: Readonly<Record<string, number>> = { m: 1, h: 60, d: 1440 };
/** A week: windows longer than that merge unrelated incidents. */
const MAX_WINDOW_MINUTES = 7 * 1440;
/** Bundles read from a bucket at once, at most: more only queues at the store. */
const MAX_CONCURRENCY = 256;

/** "--window 2h" in minutes. */
export function parseWindow(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WINDOW_MINUTES;
  const match = /^(\d{1,6})([mhd])$/.exec(value.trim());
  if (!match) throw new UsageError(`--window: expected a whole number of minutes, hours or days like 90m, 2h or 1d, got "${value}"`);
  const minutes = Number(match[1]) * UNIT_MINUTES[match[2]!]!;
  if (minutes <= 0 || minutes > MAX_WINDOW_MINUTES) throw new UsageError(`--window: ${value} is outside 1m to 7d`);
  return minutes;
}

/** What reading a bucket cost, for the report: the text says it in a line, --json as `store`. */
interface StoreNote {
  location: string;
  bundles: number;
  /** Bundles taken from the cache (bucket, key and ETag unchanged since a run before). */
  cached: number;
  requests: number;
  bytes: number;
  note: string;
}

export type SummarizeValues = { 'verify-all': boolean; endpoint?: string; concurrency?: string; 'cache-dir'?: string; 'no-cache': boolean };

/** "--concurrency 8": a whole number of bundles read at once. */
export function parseConcurrency(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,3}$/.test(value.trim()) || Number(value) < 1 || Number(value) > MAX_CONCURRENCY) throw new UsageError(`--concurrency: expected a whole number from 1 to ${MAX_CONCURRENCY}, got "${value}"`);
  return Number(value);
}

/** The bucket-reading flags shared by summarize and facts. */
export function bucketFlags(values: SummarizeValues, io: CliIo): Omit<BucketRunOptions, 'command'> {
  if (values['no-cache'] && values['cache-dir'] !== undefined) throw new UsageError('--no-cache: not with --cache-dir');
  return {
    endpoint: values.endpoint,
    concurrency: parseConcurrency(values.concurrency),
    verifyAll: values['verify-all'],
    cacheFolder: values['no-cache'] ? undefined : values['cache-dir'] !== undefined ? resolveFromCwd(io.cwd, values['cache-dir'], '--cache-dir') : defaultCacheFolder(),
  };
}

/** Reads the bundles the positionals name (local files and folders, or one s3:// location) and groups them. */
async function readSummary(positionals: string[], values: SummarizeValues, windowMinutes: number, io: CliIo): Promise<{ summary: FleetSummary; store?: StoreNote }> {
  const buckets = positionals.filter(isBucketUrl);
  if (buckets.length === 0) {
    for (const flag of ['endpoint', 'concurrency', 'cache-dir'] as const) if (values[flag] !== undefined) throw new UsageError(`--${flag}: only for an s3:// location`);
    const { files, missing, unreadable } = await findBundleFiles(positionals.map((p) => resolveFromCwd(io.cwd, p, 'summarize')));
    if (missing.length > 0) throw new UsageError(`summarize: no such file or folder: ${missing[0]}`);
    if (files.length === 0 && unreadable.length === 0) throw new UsageError('summarize: no *.zip file found in the folders given');
    return { summary: await summarizeBundles(files, { windowMinutes, signal: io.signal, unreadable }) };
  }
  if (buckets.length !== positionals.length || buckets.length > 1) throw new UsageError('summarize: name one s3:// location, or local bundles and folders, not both');
  const run = await readBucketRun(buckets[0]!, { command: 'summarize', ...bucketFlags(values, io) }, io);
  return {
    summary: summarizeFleet(run.bundles, run.invalid, windowMinutes),
    store: { location: buckets[0]!, bundles: run.read.length, cached: run.cached, requests: run.traffic.requests, bytes: run.traffic.bytes, note: run.note },
  };
}

/** Runs `zpb summarize`; returns the exit code. */
export async function runSummarize(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, OPTIONS);
  if (parsed.values.help) {
    io.stdout.write(SUMMARIZE_USAGE);
    return EXIT.ok;
  }
  if (parsed.positionals.length === 0) throw new UsageError('summarize: name at least one bundle or folder (zpb summarize PATH...)');
  const windowMinutes = parseWindow(parsed.values.window);
  const csvPath = parsed.values.csv === undefined ? undefined : resolveFromCwd(io.cwd, parsed.values.csv, '--csv');
  const htmlPath = parsed.values.html === undefined ? undefined : resolveFromCwd(io.cwd, parsed.values.html, '--html');
  if (csvPath !== undefined && csvPath === htmlPath) throw new UsageError('--html: the same file as --csv; name two files');
  // Checked before any bundle is read: a device, FIFO, link or an existing file without --force is refused at once.
  const replace = { replace: parsed.values.force };
  for (const [flag, target] of [['--csv', csvPath], ['--html', htmlPath]] as const) if (target !== undefined) await checkOutputFlag(flag, target, replace);
  const read = await readSummary(parsed.positionals, parsed.values, windowMinutes, io).catch((error: unknown) => {
    if (io.signal?.aborted) return undefined;
    throw error;
  });
  if (!read) return EXIT.interrupted;
  const { summary, store } = read;
  const name = shortName(io.cwd);
  if (csvPath) await writeOutputFlag('--csv', csvPath, summaryCsv(summary, name), replace);
  if (htmlPath) await writeOutputFlag('--html', htmlPath, summaryHtml(summary, name), replace);
  if (parsed.values.json) io.stdout.write(`${JSON.stringify(store ? { ...summary, store } : summary, null, 2)}\n`);
  else io.stdout.write(`${store ? `Read ${store.note}\n\n` : ''}${summaryText(summary, io.cwd)}`);
  return summary.invalid.length > 0 ? EXIT.failed : EXIT.ok;
}
