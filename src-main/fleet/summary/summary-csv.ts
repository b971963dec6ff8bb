/**
 * `zpb summarize --csv`: one row per file read, with its group's number, fingerprint and verdict
 * (copies of a bundle already counted, and files not counted, have no group and say why). Written by csv-stringify with escape_formulas: a
 * cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading quote,
 * since error texts and paths come from bundles anyone could have made.
 */
import { stringify } from 'csv-stringify/sync';
import { logEventWords } from '../../../src-shared/fleet/evidence-counts.js';
import type { FleetSummary } from '../../../src-shared/fleet/fleet-summary.js';
import { printable } from '../../../src-shared/printable-text.js';

export const CSV_COLUMNS = [
  'file',
  'status',
  'reason',
  'group',
  'fingerprint',
  'group_verdict',
  'episode',
  'error_code',
  'action',
  'error_text',
  'occurred_at',
  'reporter',
  'device',
  'scope',
  'network',
  'vpn',
  'proxy',
  'zoom_version',
  'os',
  'failed_probes',
  'findings',
  'ticket',
  'log_events_at_error',
] as const;

/** The CSV text; `name` turns a bundle path into what is written (the CLI shortens paths). */
export function summaryCsv(summary: FleetSummary, name: (path: string) => string = (p) => p): string {
  const groupOf = new Map(summary.groups.map((g, i) => [g.fingerprint, { number: i + 1, group: g }]));
  const rows: string[][] = summary.bundles.map((b) => {
    const { number, group } = groupOf.get(b.group)!;
    const episode = group.episodes.findIndex((e) => e.paths.includes(b.path)) + 1;
    return [
      name(b.path),
      'counted',
      '',
      String(number),
      b.group,
      group.verdict,
      String(episode),
      b.errorCode ?? '',
      b.action ?? '',
      b.errorText,
      b.occurredAt,
      b.reporter,
      b.device,
      b.scope ?? '',
      b.network.kind,
      b.network.vpn,
      b.network.proxy,
      b.zoomVersion ?? '',
      b.os ?? '',
      b.failedProbes.join('; '),
      [...new Set(b.findings)].join('; '),
      b.ticket ?? '',
      // Empty when the logs could not be read in time; "none" when they were and showed nothing.
      b.logEvents ? b.logEvents.map(logEventWords).join('; ') || 'none' : '',
    ];
  });
  // A copy of a bundle already counted: its own row, so every file read is in the sheet, saying which one it copies.
  for (const copy of summary.duplicates) rows.push([name(copy.path), 'duplicate', `same bundle as ${name(copy.sameAs)}; counted once`, ...CSV_COLUMNS.slice(3).map(() => '')]);
  for (const bad of summary.invalid) rows.push([name(bad.path), 'not counted', bad.reason, ...CSV_COLUMNS.slice(3).map(() => '')]);
  // A report shown in a terminal (`cat report.csv`) must not act on escape sequences from a bundle.
  return stringify(rows.map((row) => row.map(printable)), { header: true, columns: [...CSV_COLUMNS], escape_formulas: true, record_delimiter: 'windows' });
}
