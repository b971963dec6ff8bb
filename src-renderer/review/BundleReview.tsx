/** The file's bytes as base64 (FileReader's data URL without its prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('The file could not be read. Try the Open bundle button.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The admin review screen: open a bundle with main's file dialog (or drop it on the screen) and see whether it verifies (and
 * what failed if not), the summary, triage findings, probe table, redaction counts and file list.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { InspectResult } from '../../src-shared/inspect-result.js';
import { MAX_DROPPED_BUNDLE_BYTES } from '../../src-shared/ipc-contract.js';
import { errorText } from '../common/error-text.js';
import { FindingsList } from '../common/FindingsList.js';
import { formatBytes } from '../common/format-bytes.js';
import { ACTION_LABELS, NETWORK_LABELS, SCOPE_LABELS } from '../wizard/choice-labels.js';
import { RedactionCounts } from '../common/RedactionCounts.js';
import { probeName } from '../../src-shared/probe-names.js';
import { localTime, probeResultWords, problemSentence, verdictWords } from './plain-values.js';

type ViewState = { kind: 'empty' } | { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'result'; result: InspectResult };

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

export function BundleReview() {
  const [view, setView] = useState<ViewState>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function show(load: () => Promise<InspectResult>) {
    setView({ kind: 'loading' });
    try {
      setView({ kind: 'result', result: await load() });
    } catch (error) {
      setView({ kind: 'error', message: errorText(error) });
    }
  }

  async function open() {
    try {
      const chosen = await window.zpb.chooseBundle({});
      if (chosen.path) await show(() => window.zpb.inspectBundle({ path: chosen.path! }));
    } catch (error) {
      setView({ kind: 'error', message: errorText(error) });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (file.size > MAX_DROPPED_BUNDLE_BYTES) {
      return setView({ kind: 'error', message: 'This bundle is too large to drop here (over 100 MB). Use the Open bundle button instead.' });
    }
    void show(async () => window.zpb.inspectDroppedBundle({ name: file.name, base64: await readBase64(file) }));
  }

  const result = view.kind === 'result' ? view.result : null;
  const summary = result?.summary;
  // A file that is not a zip has nothing below to show: one sentence says so.
  const notAZip = result?.problems.find((p) => p.kind === 'not-a-zip');
  return (
    <section
      className={dragging ? 'step dropping' : 'step'}
      aria-labelledby="review-heading"
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        Review a support bundle
      </h2>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void open()}>
          Open bundle…
        </button>
      </div>
      {view.kind === 'empty' && <p className="muted drop-hint">Open a bundle (.zip), or drop one anywhere on this page, to check it and see what happened.</p>}
      {view.kind === 'loading' && <p role="status">Checking the bundle…</p>}
      {view.kind === 'error' && (
        <p role="alert" className="error">
          {view.message}
        </p>
      )}
      {result && (
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
              <section aria-labelledby="probes-heading">
                <h3 id="probes-heading">Network tests</h3>
                {result.probes.length === 0 ? (
                  <p className="muted">No network tests were run for this bundle.</p>
                ) : (
                  <div className="table-wrap">
                    <table data-testid="probes">
                      <thead>
                        <tr>
                          <th scope="col">Test</th>
                          <th scope="col">Result</th>
                          <th scope="col">Details</th>
                        </tr>
                      </thead>
                      <tbody>
                        {result.probes.map((p) => (
                          <tr key={p.id}>
                            <td>{probeName(p)}</td>
                            <td>{probeResultWords(p.verdict)}</td>
                            <td>{p.reason ?? ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
              </section>
              {result.manifest && (
                <>
                  <section aria-labelledby="redactions-heading">
                    <h3 id="redactions-heading">Private values replaced: {result.manifest.redaction.total}</h3>
                    <RedactionCounts byCategory={result.manifest.redaction.byCategory} />
                  </section>
                  <section aria-labelledby="manifest-files-heading">
                    <h3 id="manifest-files-heading">Files ({result.manifest.files.length})</h3>
                    <div className="table-wrap">
                      <table className="files" data-testid="manifest-files">
                        <thead>
                          <tr>
                            <th scope="col">File</th>
                            <th scope="col">Size</th>
                            <th scope="col">Source</th>
                            <th scope="col">Redacted</th>
                          </tr>
                        </thead>
                        <tbody>
                          {result.manifest.files.map((f) => (
                            <tr key={f.path} className={result.problems.some((p) => p.path === f.path) ? 'problem' : ''}>
                              <td>
                                <code>{f.path}</code>
                              </td>
                              <td>{formatBytes(f.bytes)}</td>
                              <td>{f.source}</td>
                              <td>{f.kind === 'binary' ? 'copied as is' : f.redactions}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                </>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
