/**
 * Parts of the review step (ReviewStep.tsx) that stand on their own: the notice of missing
 * information, what was left out automatically, the redacted preview of one file, and the
 * redaction counts.
 */
import { useState } from 'react';
import type { BundleDraftView, DraftPreviewView } from '../../../src-shared/ipc-contract.js';
import { collectorName, INCOMPLETE_SENTENCES } from '../../../src-shared/glossary.js';
import { count } from '../../../src-shared/plural-words.js';
import { printable, printableLines } from '../../../src-shared/printable-text.js';
import { ErrorDetails } from '../../common/ErrorDetails.js';
import { errorText } from '../../common/error-text.js';
import { PreviewDialog } from '../../common/PreviewDialog.js';
import { RedactionCounts } from '../../common/RedactionCounts.js';
import { useFocusReturn } from '../../common/use-focus-return.js';

/** Collectors that did not finish well: the bundle is still useful. */
export function IncompleteNotice({ incomplete }: { incomplete: BundleDraftView['collectors'] }) {
  return (
    <div className="banner banner-warn" data-testid="incomplete">
      <p>Some information is missing from this bundle. It is still useful; support can ask for the rest.</p>
      <ul>
        {incomplete.map((c) => (
          <li key={c.id}>
            {collectorName(c.id)} {INCOMPLETE_SENTENCES[c.status as keyof typeof INCOMPLETE_SENTENCES]}.
            {/* The collector's own message can hold paths and error codes: for whoever helps, not on screen. */}
            <ErrorDetails details={c.message} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What the collectors left out on their own, with why. */
export function SkippedList({ skipped }: { skipped: BundleDraftView['skipped'] }) {
  return (
    <details className="skipped" data-testid="skipped">
      <summary>Left out automatically: {count(skipped.length, 'item')} (private or unsafe to share)</summary>
      <ul>
        {skipped.map((item) => (
          <li key={`${item.source}:${item.reason}`}>
            <code>{item.source}</code>: {item.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}

export interface DraftPreviewState {
  path: string;
  view: DraftPreviewView | null;
  error: string | null;
}

/** One file of the draft as it will be sent, read on demand; focus returns to the opener on close. */
export function useDraftPreview(draftId: string) {
  const [preview, setPreview] = useState<DraftPreviewState | null>(null);
  const rememberOpener = useFocusReturn(preview !== null);
  async function showPreview(path: string) {
    rememberOpener();
    setPreview({ path, view: null, error: null });
    try {
      setPreview({ path, view: await window.zpb.previewDraftFile({ draftId, path }), error: null });
    } catch (error) {
      setPreview({ path, view: null, error: errorText(error) });
    }
  }
  return { preview, showPreview, closePreview: () => setPreview(null) };
}

export function DraftPreview({ preview, onClose }: { preview: DraftPreviewState; onClose(): void }) {
  return (
    <PreviewDialog title={`Preview of ${printable(preview.path)} (as it will be sent)`} onClose={onClose}>
      <div className="preview" aria-live="polite">
        {!preview.view && !preview.error && <p role="status">Reading the file…</p>}
        {preview.error && <p className="error">{preview.error}</p>}
        {preview.view && (
          <pre tabIndex={0} aria-label={`Content of ${printable(preview.path)}`} data-testid="preview">
            {/* Log text shown with its lines, but bidi overrides and invisible characters escaped. */}
            {printableLines(preview.view.text)}
            {preview.view.truncated ? '\n… (only the start is shown)' : ''}
          </pre>
        )}
      </div>
    </PreviewDialog>
  );
}

/** How many private values were replaced, by kind. */
export function RedactionSummary({ redaction }: { redaction: BundleDraftView['redaction'] }) {
  return (
    <section aria-labelledby="redaction-heading">
      <h3 id="redaction-heading">Private values replaced: {redaction.total}</h3>
      {Object.keys(redaction.byCategory).length > 0 ? (
        <RedactionCounts byCategory={redaction.byCategory} testId="redaction-counts" />
      ) : (
        <p className="muted">No private values were found to replace (redaction profile: {redaction.profile}).</p>
      )}
    </section>
  );
}
