/**
 * The plain-text ticket summary the Done step copies: the key facts a help-desk agent needs,
 * short enough to paste into any ticket form.
 */
import { readErrorCode } from '../../src-shared/error-code.js';
import type { CollectResponse } from '../../src-shared/ipc-contract.js';
import type { Analysis } from '../../src-shared/triage/finding.js';
import { ACTION_LABELS, CHANGE_LABELS, NETWORK_LABELS, SCOPE_LABELS } from './choice-labels.js';
import { reportFromForm, type WizardForm } from './wizard-form.js';

/** Builds the summary text. */
export function ticketSummary(form: WizardForm, analysis: Analysis | null, result: CollectResponse): string {
  const code = readErrorCode(form.errorText);
  const report = reportFromForm(form);
  const lines = [
    'Zoom Phone problem report',
    `Error: ${form.errorText || '(none given)'}${code ? ` (code ${code.code})` : ''}`,
    `When: ${report?.occurredAt ?? `${form.date} ${form.time}`} (${form.timeZone})`,
  ];
  if (form.action) lines.push(`Failed action: ${ACTION_LABELS[form.action]}`);
  if (form.scope) lines.push(`Who is affected: ${SCOPE_LABELS[form.scope]}`);
  if (form.network) lines.push(`Network: ${NETWORK_LABELS[form.network]}`);
  if (form.recentChanges.length > 0) lines.push(`Recent changes: ${form.recentChanges.map((c) => CHANGE_LABELS[c]).join('; ')}`);
  const top = analysis?.findings.slice(0, 3) ?? [];
  if (top.length > 0) {
    lines.push('Likely areas:');
    for (const f of top) lines.push(`- ${f.title} (${f.confidence}): ${f.area}`);
  }
  lines.push(`Bundle: ${result.bundlePath} (${result.fileCount} files)`);
  return lines.join('\n');
}
