/**
 * `zpb summarize PATH... [--json] [--csv FILE] [--html FILE] [--force] [--window 2h]`: reads
 * many bundles (files, or folders searched for *.zip), groups them by error fingerprint and time
 * window, and answers the seed's separation test for each group. Exit 0 when every file was a good bundle, 1 when some
 * were listed apart as invalid, 2 for bad usage, a path that does not exist, or no zip found.
 */
import { summaryHtml } from '../../src-shared/fleet/summary-html.js';
import { findBundleFiles } from '../fleet/find-bundle-files.js';
import { summaryCsv } from '../fleet/summary-csv.js';
import { DEFAULT_WINDOW_MINUTES, summarizeBundles } from '../services/summarize-bundles.js';
import type { CliIo } from './cli-io.js';
import { resolveFromCwd } from './cli-path.js';
import { checkOutputFlag, writeOutputFlag } from './output-flag.js';
import { shortName, summaryText } from './summary-text.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';
import { parseCommandArgs } from './command-args.js';

export const SUMMARIZE_USAGE = `Usage: zpb summarize PATH... [--json] [--csv FILE] [--html FILE] [--force] [--window 2h] [--verify-all]

Reads many support bundles (PATH is a bundle, or a folder searched for *.zip), groups them by
error (the code's last three digits, the error text with numbers, ids and addresses masked, and the
failed action), splits each group into episodes by time, and says for each whether it looks like
one user, one device, one network, one Zoom version, or everywhere, with the evidence.

Every bundle is checked as zpb inspect checks it (every entry, logs included, against its size
and sha256 in the manifest) while the zip is read. Bundles that fail (a file changed after the
bundle was made is named), and files that are not bundles, are listed apart with why and never
counted in a group.

Options:
  --json          print { groups: [...], invalid: [{ path, reason }], ... } as JSON
  --csv FILE      also write one row per file with its group (cells a spreadsheet would run
                  as formulas are quoted)
  --html FILE     also write one self-contained page: groups, verdicts, evidence, a timeline
  --force         replace an existing --csv or --html file (a regular file only; without it an
                  existing file is left alone and nothing is read)
  --window TIME   incidents further apart start a new episode: 90m, 2h, 1d (default 2h)
  --verify-all    accepted for older scripts: every log is always hashed now
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
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const UNIT_MINUTES: Readonly<Record<string, number>> = { m: 1, h: 60, d: 1440 };
/** A week: windows longer than that merge unrelated incidents. */
const MAX_WINDOW_MINUTES = 7 * 1440;

/** "--window 2h" in minutes. */
export function parseWindow(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WINDOW_MINUTES;
  const match = /^(\d{1,6})([mhd])$/.exec(value.trim());
  if (!match) throw new UsageError(`--window: expected a whole number of minutes, hours or days like 90m, 2h or 1d, got "${value}"`);
  const minutes = Number(match[1]) * UNIT_MINUTES[match[2]!]!;
  if (minutes <= 0 || minutes > MAX_WINDOW_MINUTES) throw new UsageError(`--window: ${value} is outside 1m to 7d`);
  return minutes;
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
  const { files, missing, unreadable } = await findBundleFiles(parsed.positionals.map((p) => resolveFromCwd(io.cwd, p, 'summarize')));
  if (missing.length > 0) throw new UsageError(`summarize: no such file or folder: ${missing[0]}`);
  if (files.length === 0 && unreadable.length === 0) throw new UsageError('summarize: no *.zip file found in the folders given');
  const summary = await summarizeBundles(files, { windowMinutes, signal: io.signal, unreadable }).catch((error: unknown) => {
    if (io.signal?.aborted) return undefined;
    throw error;
  });
  if (!summary) return EXIT.interrupted;
  const name = shortName(io.cwd);
  if (csvPath) await writeOutputFlag('--csv', csvPath, summaryCsv(summary, name), replace);
  if (htmlPath) await writeOutputFlag('--html', htmlPath, summaryHtml(summary, name), replace);
  io.stdout.write(parsed.values.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary, io.cwd));
  return summary.invalid.length > 0 ? EXIT.failed : EXIT.ok;
}
