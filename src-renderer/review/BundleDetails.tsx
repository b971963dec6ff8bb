/**
 * One bundle's verdict and contents as the admin review shows them: whether it verifies (and what
 * failed if not), the summary in words, findings, probe table, redaction counts and files. Everything
 * below a failed verdict is marked untrusted. Used by the one-bundle review and, for drill-down, by
 * the many-bundle view.
 */
import type { InspectResult } from '../../src-shared/inspect-result.js';
import { printableDeep } from '../../src-shared/printable-text.js';
import { FilesTable } from '../common/FilesTable.js';
import { FindingsList } from '../common/FindingsList.js';
import { EvidenceTimeline } from '../common/EvidenceTimeline.js';
import { ProbeTable } from '../common/ProbeTable.js';
import { RedactionCounts } from '../common/RedactionCounts.js';
import { ACTION_LABELS, NETWORK_LABELS, SCOPE_LABELS } from '../wizard/choice-labels.js';
import { localTime, problemSentence, verdictWords } from './plain-values.js';

const SUMMARY_LABELS: [keyof NonNullable<InspectResult['summary']>, string][] = [
  ['ticket', 'Ticket'],
  ['errorText', 'Error text'],
  ['errorCode', 'Error code'],
  ['occurredAt', 'When (local time where it happened)'],
  ['action', 'Failed action'],
  ['scope', 'Who is affected'],
  ['network', 'Network (reported)'],
  ['zoomVersion', 'Zoom Workplace'],
  ['os', 'Operating system'],
  ['connectionType', 'Connection'],
  ['vpn', 'VPN'],
  ['proxy', 'Proxy'],
];

/** The plain words for report values the wizard offers as choices; anything else as it is. */
const VALUE_LABELS: Partial<Record<string, Record<string, string>>> = { action: ACTION_LABELS, scope: SCOPE_LABELS, network: NETWORK_LABELS };

function shownValue(summary: NonNullable<InspectResult['summary']>, key: keyof NonNullable<InspectResult['summary']>): string {
  const value = String(summary[key]);
  if (key === 'occurredAt') return localTime(value, summary.timeZone);
  if (key === 'connectionType' || key === 'vpn' || key === 'proxy') return verdictWords(key, value);
  return VALUE_LABELS[key]?.[value] ?? value;
}

export function BundleDetails({ result: read }: { result: InspectResult }) {
  // Everything here came from the bundle: bidi overrides and invisible characters are shown escaped.
  const result = printableDeep(read);
  const summary = result.summary;
  // A file that is not a zip has nothing below to show: one sentence says so.
  const notAZip = result.problems.find((p) => p.kind === 'not-a-zip');
  return (
    <div data-testid="inspect-result">
      <p className="file-name">
        <code>{result.file}</code>
      </p>
      {result.verified ? (
        <p className="banner banner-ok" role="status" data-testid="verification">
          Verified: every file matches the manifest.
        </p>
      ) : notAZip ? (
        <p className="banner banner-failed" role="alert" data-testid="verification">
          {problemSentence(notAZip)}
        </p>
      ) : (
        <div className="banner banner-failed" role="alert" data-testid="verification">
          <p>
            <strong>Verification failed.</strong> This bundle was changed or damaged after it was created; do not trust its contents.
          </p>
          <ul>
            {result.problems.map((p) => (
              <li key={`${p.kind}:${p.path ?? ''}`}>{problemSentence(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {!notAZip && (
        <div className={result.verified ? undefined : 'untrusted'} data-testid="bundle-contents" data-trusted={result.verified ? 'yes' : 'no'}>
          {!result.verified && (
            <p className="untrusted-label" data-testid="untrusted-label">
              Not verified: everything below comes from a bundle that does not match its manifest and may have been changed.
            </p>
          )}
          {summary && (
            <section aria-labelledby="summary-heading">
              <h3 id="summary-heading">Summary</h3>
              <dl className="facts" data-testid="summary">
                {SUMMARY_LABELS.filter(([key]) => summary[key] !== undefined && summary[key] !== '').map(([key, label]) => (
                  <div key={key}>
                    <dt>{label}</dt>
                    <dd>{shownValue(summary, key)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
          <section aria-labelledby="findings-heading">
            <h3 id="findings-heading">Findings</h3>
            {result.analysis ? <FindingsList findings={result.analysis.findings} headingLevel={4} /> : <p className="muted">This bundle has no analysis.</p>}
          </section>
          {read.evidence && <EvidenceTimeline evidence={read.evidence} summary={read.analysis?.logSummary} />}
          <section aria-labelledby="probes-heading">
            <h3 id="probes-heading">Network tests</h3>
            <ProbeTable probes={result.probes} />
          </section>
          {result.manifest && (
            <>
              <section aria-labelledby="redactions-heading">
                <h3 id="redactions-heading">Private values replaced: {result.manifest.redaction.total}</h3>
                <RedactionCounts byCategory={result.manifest.redaction.byCategory} />
              </section>
              <section aria-labelledby="manifest-files-heading">
                <h3 id="manifest-files-heading">Files ({result.manifest.files.length})</h3>
                <FilesTable
                  files={result.manifest.files}
                  testId="manifest-files"
                  showSource
                  rowClass={(f) => (result.problems.some((p) => p.path === f.path) ? 'problem' : '')}
                />
              </section>
            </>
          )}
        </div>
      )}
    </div>
  );
}
