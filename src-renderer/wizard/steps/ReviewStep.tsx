/**
 * Step 5: review before saving: the triage, the quick fixes to try, every file with its size and
 * redactions (switches to leave files or whole folders out, a preview of the redacted text), the
 * redaction counts, and the consent statement beside "Agree and create bundle" in the action bar.
 */
import type { Dispatch } from 'react';
import { ErrorNotice } from '../../common/ErrorNotice.js';
import { FindingsList } from '../../common/FindingsList.js';
import { EvidenceTimeline } from '../../common/EvidenceTimeline.js';
import { formatBytes } from '../../common/format-bytes.js';
import { FilesTable } from '../../common/FilesTable.js';
import { problemKind } from '../../common/problem-kind.js';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';
import { BUNDLE_SECTION_WORDS } from '../../../src-shared/glossary.js';
import { count } from '../../../src-shared/plural-words.js';
import { DraftPreview, IncompleteNotice, RedactionSummary, SkippedList, useDraftPreview } from './review-parts.js';

/** Folders the user can leave out as a whole. */
const SECTIONS = Object.entries(BUNDLE_SECTION_WORDS).map(([prefix, label]) => ({ prefix, label }));

/** A collector the user turned off is a choice, not missing information. */
const turnedOff = (c: { id: string; status: string }, probesWanted: boolean) => c.id === 'probes' && c.status === 'skipped' && !probesWanted;

/** Why saving failed; a folder problem offers another folder. */
function SaveProblem({ problem, onChooseFolder }: { problem: NonNullable<WizardState['saveError']>; onChooseFolder(): void }) {
  return (
    <ErrorNotice
      className="error blocked"
      problem={problem}
      action={
        problemKind(problem.code) === 'choose-folder' ? (
          <button type="button" onClick={onChooseFolder}>
            Choose folder
          </button>
        ) : undefined
      }
    />
  );
}

/** The consent statement right beside "Agree and create bundle", and Back. */
function ConsentActions({ state, onBack, onSave }: { state: WizardState; onBack(): void; onSave(): void }) {
  return (
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
  );
}

function SectionCheck({ label, checked, onChange }: { label: string; checked: boolean; onChange(): void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onChange} />
      Include {label}
    </label>
  );
}

/** Every file of the draft with its switch (required ones locked, a left-out folder's locked off) and its preview button. */
function ReviewFiles({ draft, exclude, excluded, dispatch, onPreview }: { draft: NonNullable<WizardState['draft']>; exclude: readonly string[]; excluded(path: string): boolean; dispatch: Dispatch<WizardAction>; onPreview(path: string): void }) {
  return (
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
            disabled={draft.requiredPaths.includes(f.path) || exclude.some((x) => x.endsWith('/') && f.path.startsWith(x))}
            onChange={() => dispatch({ type: 'toggle-exclude', path: f.path })}
          />
        ),
      }}
      pathNote={(f) => draft.requiredPaths.includes(f.path) && <span className="muted"> (always included)</span>}
      trailing={{
        header: <span className="visually-hidden">Preview</span>,
        cell: (f) =>
          f.kind !== 'binary' && (
            <button type="button" className="link" onClick={() => onPreview(f.path)} aria-label={`Preview ${f.path}`}>
              Preview
            </button>
          ),
      }}
    />
  );
}

export function ReviewStep({ state, dispatch, onSave, onBack, onChooseFolder }: { state: WizardState; dispatch: Dispatch<WizardAction>; onSave(): void; onBack(): void; onChooseFolder(): void }) {
  const draft = state.draft!;
  const incomplete = draft.collectors.filter((c) => c.status !== 'ok' && !turnedOff(c, state.form.probes && state.request?.probes !== false));
  const probesOff = draft.collectors.some((c) => turnedOff(c, state.form.probes && state.request?.probes !== false));
  const { preview, showPreview, closePreview } = useDraftPreview(draft.draftId);
  const excluded = (path: string) => state.exclude.includes(path) || state.exclude.some((x) => x.endsWith('/') && path.startsWith(x));
  const included = draft.files.filter((f) => !excluded(f.path));
  const sections = SECTIONS.filter((s) => draft.files.some((f) => f.path.startsWith(s.prefix)));

  return (
    <StepFrame
      step="review"
      blocked={state.saveError && <SaveProblem problem={state.saveError} onChooseFolder={onChooseFolder} />}
      intro={<p>Nothing has been saved yet. Check what will be in the bundle, leave out anything you do not want to send, then agree and create it.</p>}
      actions={<ConsentActions state={state} onBack={onBack} onSave={onSave} />}
    >
      {draft.notices.map((notice) => (
        <div key={notice} className="banner banner-warn" data-testid="notice" role="note">
          <p>{notice}</p>
        </div>
      ))}
      {incomplete.length > 0 && <IncompleteNotice incomplete={incomplete} />}
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
      {draft.evidence && <EvidenceTimeline evidence={draft.evidence} summary={draft.analysis.logSummary} />}

      <section aria-labelledby="files-heading">
        <h3 id="files-heading">
          What will be sent: {count(included.length, 'file')}, {formatBytes(included.reduce((n, f) => n + f.bytes, 0))}
        </h3>
        {sections.length > 0 && (
          <fieldset className="checks">
            <legend>Sections</legend>
            {sections.map((s) => (
              <SectionCheck key={s.prefix} label={s.label} checked={!state.exclude.includes(s.prefix)} onChange={() => dispatch({ type: 'toggle-exclude', path: s.prefix })} />
            ))}
          </fieldset>
        )}
        <ReviewFiles draft={draft} exclude={state.exclude} excluded={excluded} dispatch={dispatch} onPreview={(path) => void showPreview(path)} />
        {draft.skipped.length > 0 && <SkippedList skipped={draft.skipped} />}
        {preview && <DraftPreview preview={preview} onClose={closePreview} />}
      </section>

      <RedactionSummary redaction={draft.redaction} />

    </StepFrame>
  );
}
