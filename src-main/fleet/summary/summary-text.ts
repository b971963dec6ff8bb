/**
 * The plain-text form of `zpb summarize`: each group with its verdict and evidence, what its
 * bundles share, its episodes, then the files not counted. Every text from a bundle is printable.
 */
import { count } from '../../../src-shared/plural-words.js';
import path from 'node:path';
import { logCountLines } from '../../../src-shared/fleet/evidence-counts.js';
import type { FleetStats, FleetSummary } from '../../../src-shared/fleet/fleet-summary.js';
import { printable } from '../../../src-shared/printable-text.js';
import { isBucketUrl } from './bucket-location.js';

/** "2026-11-26 08:00 UTC" from an ISO time. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A window in minutes as the --window flag would say it ("2h", "90m"). */
export function windowText(minutes: number): string {
  return minutes % 1440 === 0 ? `${minutes / 1440}d` : minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

const counts = (record: Record<string, number>, none = 'none') =>
  Object.entries(record)
    .map(([value, n]) => `${value} (${n})`)
    .join('; ') || none;

const plural = count;

function span(stats: FleetStats): string {
  return stats.firstAt === stats.lastAt ? shortTime(stats.firstAt) : `${shortTime(stats.firstAt)} to ${shortTime(stats.lastAt)}`;
}

function who(stats: FleetStats): string {
  const unknown = stats.unknownReporters ? ` (${plural(stats.unknownReporters, 'bundle')} without reporter ids)` : '';
  return `${plural(stats.bundles, 'bundle')}, ${plural(stats.reporters, 'reporter')}, ${plural(stats.devices, 'device')}${unknown}`;
}

/** Paths below `cwd` shown relative to it, others (and s3:// names) as they are. */
export function shortName(cwd: string | undefined): (file: string) => string {
  return (file) => (cwd !== undefined && !isBucketUrl(file) && !path.relative(cwd, file).startsWith('..') && path.relative(cwd, file)) || file;
}

/** The whole text report; `cwd` shortens paths below it. */
export function summaryText(summary: FleetSummary, cwd: string | undefined): string {
  const name = shortName(cwd);
  const counted = summary.groups.reduce((n, g) => n + g.bundles, 0);
  const lines = [
    `${plural(counted, 'bundle')} in ${plural(summary.groups.length, 'group')}; episodes split where incidents are more than ${windowText(summary.windowMinutes)} apart` +
      (summary.duplicates.length ? `; ${plural(summary.duplicates.length, 'copy')} of a bundle counted once (listed at the end)` : '') +
      (summary.invalid.length ? `; ${plural(summary.invalid.length, 'file')} not counted (listed at the end)` : ''),
  ];
  summary.groups.forEach((group, index) => {
    const networks = group.networks.map((n) => `${n.kind}, vpn ${n.vpn}, proxy ${n.proxy} (${n.bundles})`).join('; ');
    lines.push(
      '',
      `Group ${index + 1}: code ${group.errorCode ?? 'none'}, action ${group.action ?? 'not given'}: "${group.maskedText}"`,
      `  ${who(group)}, ${span(group)}`,
      `  Verdict: ${group.verdict}`,
      ...group.evidence.map((line) => `    - ${line}`),
      `  Scopes: ${counts(group.scopes, 'not given')}`,
      `  Networks: ${networks}`,
      `  Zoom versions: ${counts(group.zoomVersions)}`,
      `  OS: ${counts(group.os)}`,
      `  Failing probes: ${counts(group.failingProbes)}`,
      `  Top findings: ${group.topFindings.map((f) => `${f.area} (${f.bundles})`).join('; ') || 'none'}`,
      ...logCountLines(group.logs, group.bundles).map((line) => `  Logs: ${line}`),
    );
    if (group.episodes.length > 1) {
      lines.push(`  Episodes (${group.episodes.length}):`);
      group.episodes.forEach((episode, n) => lines.push(`    ${n + 1}. ${span(episode)}: ${who(episode)}: ${episode.verdict}`));
    }
  });
  if (summary.duplicates.length) {
    lines.push('', 'Counted once (copies of the same bundle):');
    for (const copy of summary.duplicates) lines.push(`  ${name(copy.path)}: same bundle as ${name(copy.sameAs)}`);
  }
  if (summary.invalid.length) {
    lines.push('', 'Not counted:');
    for (const bad of summary.invalid) lines.push(`  ${name(bad.path)}: ${bad.reason}`);
  }
  return `${lines.map(printable).join('\n')}\n`;
}
