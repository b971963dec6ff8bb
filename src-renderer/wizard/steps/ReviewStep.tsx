/**
 * Step 5: review before saving: the triage, the quick fixes to try, every file with its size and
 * redactions (switches to leave files or whole folders out, a preview of the redacted text), the
 * redaction counts, and the consent statement beside "Agree and create bundle" in the action bar.
 */
import { ErrorDetails } from '../../common/ErrorDetails.js';
import { useState, type Dispatch } from 'react';
import type { DraftPreviewView } from '../../../src-shared/ipc-contract.js';
import { errorText } from '../../common/error-text.js';
import { ErrorNotice } from '../../common/ErrorNotice.js';
import { FindingsList } from '../../common/FindingsList.js';
import { formatBytes } from '../../common/format-bytes.js';
import { FilesTable } from '../../common/FilesTable.js';
import { problemKind } from '../../common/problem-kind.js';
import { PreviewDialog } from '../../common/PreviewDialog.js';
import { useFocusReturn } from '../../common/use-focus-return.js';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';
import { BUNDLE_SECTION_WORDS, collectorName, INCOMPLETE_SENTENCES } from '../../../src-shared/glossary.js';
import { count } from '../../../src-shared/plural-words.js';
import { RedactionCounts } from '../../common/RedactionCounts.js';
import { printable, printableLines } from '../../../src-shared/printable-text.js';

/** Folders the user can leave out as a whole. */
const SECTIONS = Object.entries(BUNDLE_SECTION_WORDS).map(([prefix, label]) => ({ prefix, label }));

/** A collector the user turned off is a choice, not missing information. */
const turnedOff = (c: { id: string; status: string }, probesWanted: boolean) => c.id === 'probes' && c.status === 'skipped' && !probesWanted;

export function ReviewStep({ state, dispatch, onSave, onBack, onChooseFolder }: { state: WizardState; dispatch: Dispatch<WizardAction>; onSave(): void; onBack(): void; onChooseFolder(): void }) {
  const draft = state.draft!;
  const incomplete = draft.collectors.filter((c) => c.status !== 'ok' && !turnedOff(c, state.form.probes && state.request?.probes !== false));
  const probesOff = draft.collectors.some((c) => turnedOff(c, state.form.probes && state.request?.probes !== false));
  const [preview, setPreview] = useState<{ path: string; view: DraftPreviewView | null; error: string | null } | null>(null);
  const excluded = (path: string) => state.exclude.includes(path) || state.exclude.some((x) => x.endsWith('/') && path.startsWith(x));
  const included = draft.files.filter((f) => !excluded(f.path));
  const sections = SECTIONS.filter((s) => draft.files.some((f) => f.path.startsWith(s.prefix)));

  const rememberOpener = useFocusReturn(preview !== null);

  async function showPreview(path: string) {
    rememberOpener();
    setPreview({ path, view: null, error: null });
    try {
      setPreview({ path, view: await window.zpb.previewDraftFile({ draftId: draft.draftId, path }), error: null });
    } catch (error) {
      setPreview({ path, view: null, error: errorText(error) });
    }
  }

  return (
    <StepFrame
      step="review"
      blocked={
        state.saveError && (
          <ErrorNotice
            className="error blocked"
            problem={state.saveError}
            action={
              problemKind(state.saveError.code) === 'choose-folder' ? (
                <button type="button" onClick={onChooseFolder}>
                  Choose folder
                </button>
              ) : undefined
            }
          />
        )
      }
      intro={<p>Nothing has been saved yet. Check what will be in the bundle, leave out anything you do not want to send, then agree and create it.</p>}
      actions={
        <>
          <p className="consent" id="consent-text" data-testid="consent">
            I have reviewed what will be sent and agree to create this support bundle.
            {state.outputFolder && <span className="muted saving-to"> It will be saved in {state.outputFolder}.</span>}
          </p>
          <button type="button" onClick={onBack} disabled={state.saving}>
            Back
          </button>
          <button type="button" className="primary" onClick={onSave} disabled={state.saving} aria-describedby="consent-text">
            {state.saving ? 'Creating…' : 'Agree and create bundle'}
          </button>
        </>
      }
    >
      {draft.notices.map((notice) => (
        <div key={notice} className="banner banner-warn" data-testid="notice" role="note">
          <p>{notice}</p>
        </div>
      ))}
      {incomplete.length > 0 && (
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
      )}
      {probesOff && (
        <p className="muted" data-testid="probes-off">
          Network tests were turned off for this bundle.
        </p>
      )}
      <section aria-labelledby="triage-heading">
        <h3 id="triage-heading">What we found</h3>
        {draft.analysis.quickFixes.length > 0 && (
          <div className="quick-fixes">
            <p className="finding-label">Try these first</p>
            <ol data-testid="quick-fixes">
              {draft.analysis.quickFixes.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ol>
          </div>
        )}
        <FindingsList findings={draft.analysis.findings} headingLevel={4} />
      </section>

      <section aria-labelledby="files-heading">
        <h3 id="files-heading">
          What will be sent: {count(included.length, 'file')}, {formatBytes(included.reduce((n, f) => n + f.bytes, 0))}
        </h3>
        {sections.length > 0 && (
          <fieldset className="checks">
            <legend>Sections</legend>
            {sections.map((s) => (
              <label key={s.prefix} className="check">
                <input type="checkbox" checked={!state.exclude.includes(s.prefix)} onChange={() => dispatch({ type: 'toggle-exclude', path: s.prefix })} />
                Include {s.label}
              </label>
            ))}
          </fieldset>
        )}
        <FilesTable
          files={draft.files}
          testId="review-files"
          caption="Files in the bundle"
          rowClass={(f) => (excluded(f.path) ? 'excluded' : '')}
          leading={{
            header: 'Include',
            cell: (f) => (
              <input
                type="checkbox"
                aria-label={`Include ${f.path}`}
                checked={!excluded(f.path)}
                disabled={draft.requiredPaths.includes(f.path) || state.exclude.some((x) => x.endsWith('/') && f.path.startsWith(x))}
                onChange={() => dispatch({ type: 'toggle-exclude', path: f.path })}
              />
            ),
          }}
          pathNote={(f) => draft.requiredPaths.includes(f.path) && <span className="muted"> (always included)</span>}
          trailing={{
            header: <span className="visually-hidden">Preview</span>,
            cell: (f) =>
              f.kind !== 'binary' && (
                <button type="button" className="link" onClick={() => void showPreview(f.path)} aria-label={`Preview ${f.path}`}>
                  Preview
                </button>
              ),
          }}
        />
        {draft.skipped.length > 0 && (
          <details className="skipped" data-testid="skipped">
            <summary>Left out automatically: {count(draft.skipped.length, 'item')} (private or unsafe to share)</summary>
            <ul>
              {draft.skipped.map((item) => (
                <li key={`${item.source}:${item.reason}`}>
                  <code>{item.source}</code>: {item.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        {preview && (
          <PreviewDialog title={`Preview of ${printable(preview.path)} (as it will be sent)`} onClose={() => setPreview(null)}>
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
        )}
      </section>

      <section aria-labelledby="redaction-heading">
        <h3 id="redaction-heading">Private values replaced: {draft.redaction.total}</h3>
        {Object.keys(draft.redaction.byCategory).length > 0 ? (
          <RedactionCounts byCategory={draft.redaction.byCategory} testId="redaction-counts" />
        ) : (
          <p className="muted">No private values were found to replace (redaction profile: {draft.redaction.profile}).</p>
        )}
      </section>

    </StepFrame>
  );
}
