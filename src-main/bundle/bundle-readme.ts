/**
 * README.txt: the ten-second summary a help-desk agent reads before opening anything else.
 */
import { count } from '../../src-shared/plural-words.js';
import { readErrorCode } from '../../src-shared/error-code.js';
import type { IncidentReport } from '../../src-shared/incident-report.js';
import type { CollectorSummary } from '../../src-shared/collector-result.js';
import { printable } from '../../src-shared/printable-text.js';
import { evidenceSummaryLines } from '../../src-shared/evidence-text.js';
import type { LogEvidence } from '../../src-shared/log-evidence.js';

export interface ReadmeFacts {
  appName: string;
  appVersion: string;
  createdAt: string;
  report: IncidentReport;
  collectors: CollectorSummary[];
  /** evidence.json, when the bundle has one. */
  evidence?: LogEvidence;
  fileCount: number;
  skippedCount: number;
}

/**
 * Plain text, one fact a line, so it reads well in any viewer. Every value that came from outside
 * (typed text, a link, a collector's message naming a file) has its control and bidi-override
 * characters escaped: a raw ESC, CR or U+202E would rewrite what the agent sees.
 */
export function renderBundleReadme(facts: ReadmeFacts): string {
  const { report } = facts;
  const code = readErrorCode(report.errorText);
  const lines = [
    `Zoom Phone support bundle`,
    `Created ${facts.createdAt} by ${facts.appName} ${facts.appVersion}`,
    '',
    `Error text:  ${report.errorText ? printable(report.errorText) : '(not given)'}`,
    `Error code:  ${code ? `${code.code}${code.meaning ? ` - ${code.meaning}` : ''}` : '(none found in the text)'}`,
    `When:        ${printable(report.occurredAt)} (${printable(report.timeZone)})`,
    `Action:      ${report.action ?? '(not given)'}`,
    `Scope:       ${report.scope ?? '(not given)'}`,
    `Network:     ${report.network ?? '(not given)'}`,
    `Changes:     ${report.recentChanges.length ? report.recentChanges.join(', ') : '(none given)'}`,
    ...(report.ticket ? [`Ticket:      ${printable(report.ticket)}`] : []),
    '',
    'Collectors:',
    ...facts.collectors.map((c) => `  ${c.id.padEnd(14)} ${c.status.padEnd(8)} ${String(c.durationMs).padStart(6)} ms  ${printable(c.message)}`),
    '',
    ...(facts.evidence ? ['What the logs say (evidence.txt has the lines):', ...evidenceSummaryLines(facts.evidence).map((line) => `  ${line}`), ''] : []),
    `${count(facts.fileCount, 'file')} listed in manifest.json with sha256; ${count(facts.skippedCount, 'item')} left out (see manifest.json "skipped").`,
    'Start with report.json (what the user saw), then system.json and network.json, then logs/.',
    '',
  ];
  return lines.join('\n');
}
