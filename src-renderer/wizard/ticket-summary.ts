/**
 * The plain-text ticket summary the Done step copies and emails: the key facts a help-desk agent
 * needs, the ticket, and the bundle's file name, size and sha256 (so the agent can check the file
 * they got). Never a full local path: it names the user's folders.
 */
import { readErrorCode } from '../../src-shared/error-code.js';
import { CONFIDENCE_WORDS } from '../../src-shared/glossary.js';
import { count } from '../../src-shared/plural-words.js';
import type { CollectResponse } from '../../src-shared/ipc-contract.js';
import type { RequestLink } from '../../src-shared/request-link.js';
import type { Analysis } from '../../src-shared/triage/finding.js';
import { formatBytes } from '../common/format-bytes.js';
import { ACTION_LABELS, CHANGE_LABELS, NETWORK_LABELS, SCOPE_LABELS } from './choice-labels.js';
import { reportFromForm, type WizardForm } from './wizard-form.js';

/** The file name alone, whatever the OS's separator. */
export function fileName(bundlePath: string): string {
  return bundlePath.split(/[\\/]/).pop() ?? bundlePath;
}

/** Builds the summary text. */
export function ticketSummary(form: WizardForm, analysis: Analysis | null, result: CollectResponse, request: RequestLink | null = null): string {
  const code = readErrorCode(form.errorText);
  const report = reportFromForm(form);
  const lines = ['Zoom Phone problem report'];
  if (request) lines.push(`Ticket: ${request.ticket}`);
  lines.push(`Error: ${form.errorText || '(none given)'}${code ? ` (code ${code.code})` : ''}`, `When: ${report?.occurredAt ?? `${form.date} ${form.time}`} (${form.timeZone})`);
  if (form.action) lines.push(`Failed action: ${ACTION_LABELS[form.action]}`);
  if (form.scope) lines.push(`Who is affected: ${SCOPE_LABELS[form.scope]}`);
  if (form.network) lines.push(`Network: ${NETWORK_LABELS[form.network]}`);
  if (form.recentChanges.length > 0) lines.push(`Recent changes: ${form.recentChanges.map((c) => CHANGE_LABELS[c]).join('; ')}`);
  const top = analysis?.findings.filter((f) => !f.secondaryBecause).slice(0, 3) ?? [];
  if (top.length > 0) {
    lines.push('Likely areas:');
    for (const f of top) lines.push(`- ${f.title} (${CONFIDENCE_WORDS[f.confidence]}): ${f.area}`);
  }
  lines.push(`Bundle: ${fileName(result.bundlePath)} (${count(result.fileCount, 'file')}, ${formatBytes(result.bytes)})`, `Bundle sha256: ${result.sha256}`);
  return lines.join('\n');
}
