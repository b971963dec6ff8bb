/**
 * `zpb inspect BUNDLE... [--json]`: verifies each bundle against its manifest and prints one row
 * per bundle (or one JSON array). Exit 0 when all verify, 1 when any fails, 2 for bad usage or a
 * file that is not a zip at all.
 */
import path from 'node:path';
import type { InspectResult } from '../../src-shared/inspect-result.js';
import { printable } from '../../src-shared/printable-text.js';
import { redactionCounts } from '../../src-shared/redaction-category.js';
import { evidenceSummaryLines } from '../../src-shared/evidence-text.js';
import { inspectBundle } from '../services/inspect-bundle.js';
import type { CliIo } from './cli-io.js';
import { resolveFromCwd } from './cli-path.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';
import { parseCommandArgs } from './command-args.js';

export const INSPECT_USAGE = `Usage: zpb inspect BUNDLE... [--json]

Verifies each support bundle (manifest schema, every entry's size and sha256, entries missing or
extra) and prints one row per bundle with what happened, where, and what was found, followed by
what its logs say around the reported time (evidence.json) when it has that.

Options:
  --json       print one JSON array with a result per bundle
  -h, --help   show this help

Exit codes: 0 all verify, 1 any fails verification, 2 bad usage or a file that is not a zip.
`;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** One human row: verdict, file, then the summary facts that are known, then the problems (all printable). */
export function inspectRow(result: InspectResult, cwd: string | undefined): string {
  const name = (cwd !== undefined && path.relative(cwd, result.file)) || result.file;
  const s = result.summary;
  const facts = s
    ? [
        s.ticket && `ticket ${s.ticket}`,
        s.errorCode ? `code ${s.errorCode}` : s.errorText && `error "${s.errorText}"`,
        s.occurredAt && `at ${s.occurredAt}${s.timeZone ? ` (${s.timeZone})` : ''}`,
        s.action && `action ${s.action}`,
        s.scope && `scope ${s.scope}`,
        s.zoomVersion && `zoom ${s.zoomVersion}`,
        s.os && `os ${s.os}`,
        (s.connectionType ?? s.network) && `network ${s.connectionType ?? s.network}`,
        s.vpn && `vpn ${s.vpn}`,
        s.proxy && `proxy ${s.proxy}`,
        s.failedProbes.length > 0 && `failed probes [${s.failedProbes.join(', ')}]`,
        s.findings.length > 0 && `triage [${s.findings.join(', ')}]`,
        s.redactionTotal !== undefined &&
          `redacted ${s.redactionTotal}${Object.keys(s.redactionByCategory).length ? ` (${redactionCounts(s.redactionByCategory).map(({ key, count }) => `${key} ${count}`).join(', ')})` : ''}`,
      ].filter(Boolean)
    : [];
  const problems = result.problems.map((p) => p.message);
  return printable([result.verified ? 'OK    ' : 'FAILED', name, ...facts, ...problems].join('  '));
}

/** The bundle's evidence in words, indented under its row (none for bundles made before evidence.json). */
export function inspectEvidence(result: InspectResult): string[] {
  // Only from a bundle that verifies: what a changed bundle says about its logs is not evidence.
  if (!result.verified || !result.evidence) return [];
  const triage = result.analysis?.logSummary;
  return [...evidenceSummaryLines(result.evidence), ...(triage ? [`Triage: ${printable(triage)}`] : [])].map((line) => `        ${line}`);
}

/** Runs `zpb inspect`; returns the exit code. */
export async function runInspect(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, OPTIONS);
  if (parsed.values.help) {
    io.stdout.write(INSPECT_USAGE);
    return EXIT.ok;
  }
  if (parsed.positionals.length === 0) throw new UsageError('inspect: name at least one bundle (zpb inspect BUNDLE...)');
  const results: InspectResult[] = [];
  const files = parsed.positionals.map((file) => resolveFromCwd(io.cwd, file, 'inspect'));
  for (const file of files) results.push(await inspectBundle(file));
  if (parsed.values.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else for (const result of results) io.stdout.write(`${[inspectRow(result, io.cwd), ...inspectEvidence(result)].join('\n')}\n`);
  if (results.some((r) => r.problems.some((p) => p.kind === 'not-a-zip'))) return EXIT.usage;
  return results.every((r) => r.verified) ? EXIT.ok : EXIT.failed;
}
