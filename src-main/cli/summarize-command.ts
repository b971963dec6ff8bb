/**
 * `zpb summarize PATH... [--json] [--csv FILE] [--html FILE] [--window 2h] [--verify-all]`: reads
 * many bundles (files, or folders searched for *.zip), groups them by error fingerprint and time
 * window, and answers the seed's separation test for each group. Exit 0 when every file was a good bundle, 1 when some
 * were listed apart as invalid, 2 for bad usage, a path that does not exist, or no zip found.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { summaryHtml } from '../../src-shared/fleet/summary-html.js';
import { findBundleFiles } from '../fleet/find-bundle-files.js';
import { summaryCsv } from '../fleet/summary-csv.js';
import { writeReportFile } from '../fleet/write-report-file.js';
import { DEFAULT_WINDOW_MINUTES, summarizeBundles } from '../services/summarize-bundles.js';
import type { CliIo } from './collect-command.js';
import { resolveFromCwd } from './cli-path.js';
import { shortName, summaryText } from './summary-text.js';
import { EXIT, UsageError } from './usage-error.js';
import { parseCommandArgs } from './command-args.js';

export const SUMMARIZE_USAGE = `Usage: zpb summarize PATH... [--json] [--csv FILE] [--html FILE] [--window 2h] [--verify-all]

Reads many support bundles (PATH is a bundle, or a folder searched for *.zip), groups them by
error (the code's last three digits, the error text with numbers, ids and addresses masked, and the
failed action), splits each group into episodes by time, and says for each whether it looks like
one user, one device, one network, one Zoom version, or everywhere, with the evidence.

Only the small entries are read (manifest, report, analysis, system, network), each checked
against its sha256 in the manifest; the logs are checked by name and size. Bundles that fail, and
files that are not bundles, are listed apart with why and never counted in a group.

Options:
  --json          print { groups: [...], invalid: [{ path, reason }], ... } as JSON
  --csv FILE      also write one row per file with its group (cells a spreadsheet would run
                  as formulas are quoted)
  --html FILE     also write one self-contained page: groups, verdicts, evidence, a timeline
  --window TIME   incidents further apart start a new episode: 90m, 2h, 1d (default 2h)
  --verify-all    also hash every log, like zpb inspect (slower)
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

async function isFolder(folder: string): Promise<boolean> {
  return (await fs.stat(folder).catch(() => null))?.isDirectory() ?? false;
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
  for (const [flag, target] of [['--csv', csvPath], ['--html', htmlPath]] as const) {
    if (target !== undefined && !(await isFolder(path.dirname(target)))) throw new UsageError(`${flag}: the folder ${path.dirname(target)} does not exist`);
  }
  const { files, missing } = await findBundleFiles(parsed.positionals.map((p) => resolveFromCwd(io.cwd, p, 'summarize')));
  if (missing.length > 0) throw new UsageError(`summarize: no such file or folder: ${missing[0]}`);
  if (files.length === 0) throw new UsageError('summarize: no *.zip file found in the folders given');
  const summary = await summarizeBundles(files, { windowMinutes, verifyAll: parsed.values['verify-all'], signal: io.signal }).catch((error: unknown) => {
    if (io.signal?.aborted) return undefined;
    throw error;
  });
  if (!summary) return EXIT.interrupted;
  const name = shortName(io.cwd);
  if (csvPath) await writeReportFile(csvPath, summaryCsv(summary, name));
  if (htmlPath) await writeReportFile(htmlPath, summaryHtml(summary, name));
  io.stdout.write(parsed.values.json ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary, io.cwd));
  return summary.invalid.length > 0 ? EXIT.failed : EXIT.ok;
}
