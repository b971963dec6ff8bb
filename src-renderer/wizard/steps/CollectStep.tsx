/**
 * Step 4: an overall progress bar over live rows per collector and probe (named in words), with
 * cancel. A cancel is a calm notice with focus on "Collect again". A failure says which step
 * failed, why, what was still saved and what to do next (the same four parts `zpb collect` prints);
 * steps that were still running are "not finished", never "done".
 */
import { ErrorDetails } from '../../common/ErrorDetails.js';
import { useEffect, useRef, type Dispatch } from 'react';
import { describeCollectFailure, stepName, type CollectFailure } from '../../../src-shared/collect-failure.js';
import { STEP_OUTCOME_WORDS } from '../../../src-shared/glossary.js';
import { ErrorNotice } from '../../common/ErrorNotice.js';
import type { Problem } from '../../common/error-text.js';
import { StepFrame } from '../StepFrame.js';
import type { ProgressRow, WizardAction, WizardState } from '../wizard-store.js';


/** A row's state: running while collecting, "not finished" once collecting stopped without it. */
function rowState(row: ProgressRow, running: boolean): { text: string; className: string } {
  if (row.state === 'started') return running ? { text: 'running', className: 'running' } : { text: 'not finished', className: 'stopped' };
  // Stopped by the person (Cancel): not a failure, and not shown as one.
  if (row.cancelled) return { text: STEP_OUTCOME_WORDS.cancelled, className: 'stopped' };
  const status = row.status ?? 'ok';
  return { text: STEP_OUTCOME_WORDS[status], className: status };
}

/** The failure in its four parts, with the technical text behind "Show details". */
function FailureNotice({ failure, problem }: { failure: CollectFailure; problem: Problem }) {
  return (
    <div className="error-notice error" role="alert" data-testid="collect-failure">
      <p>
        <strong>Collecting failed at “{failure.step}”</strong>: {failure.why}.
      </p>
      <p>{failure.saved}</p>
      <p>{failure.next}</p>
      <ErrorDetails details={problem.details} />
    </div>
  );
}

export function CollectStep({ state, dispatch, onCancel, onRetry }: { state: WizardState; dispatch: Dispatch<WizardAction>; onCancel(): void; onRetry(): void }) {
  const { collect } = state;
  const retry = useRef<HTMLButtonElement>(null);
  // The Cancel button is gone once stopped: focus goes to what to do next, not to the page body.
  useEffect(() => {
    if (!collect.running) retry.current?.focus();
  }, [collect.running]);
  const finished = collect.rows.filter((r) => r.state === 'finished' && r.status !== 'failed').length;
  const failed = collect.rows.filter((r) => r.state === 'finished' && r.status === 'failed').length;
  const unfinished = collect.running ? 0 : collect.rows.filter((r) => r.state === 'started').length;
  const total = collect.rows.length;
  const tally = [`${finished} of ${total} finished`, ...(failed ? [`${failed} failed`] : []), ...(unfinished ? [`${unfinished} not finished`] : [])].join(', ');
  const failure = collect.error ? describeCollectFailure(collect.rows, { code: collect.error.code, why: collect.error.details ?? collect.error.message }, { kind: 'app' }) : undefined;
  return (
    <StepFrame
      step="collect"
      intro={<p>{collect.running ? 'Gathering logs, versions and network facts. This takes a few seconds.' : collect.cancelled ? 'Collecting stopped.' : 'Collecting did not finish.'}</p>}
      actions={
        collect.running ? (
          <button type="button" onClick={onCancel} disabled={collect.cancelling}>
            {collect.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => dispatch({ type: 'back' })}>
              Back to the questions
            </button>
            <button type="button" className="primary" onClick={onRetry} ref={retry}>
              Collect again
            </button>
          </>
        )
      }
    >
      <div className="field">
        <label htmlFor="overall-progress">{collect.running ? `Overall progress: ${finished} of ${total || '…'} finished` : tally}</label>
        <progress id="overall-progress" max={Math.max(total, 1)} value={finished} data-testid="overall-progress" />
      </div>
      <ul className="progress" aria-label="Progress" data-testid="progress">
        {collect.rows.map((row) => {
          const { text, className } = rowState(row, collect.running);
          return (
            <li key={`${row.phase}:${row.id}`} className={`progress-${className}`}>
              {stepName(row)}: {text}
            </li>
          );
        })}
        {collect.rows.length === 0 && collect.running && <li className="progress-running">Starting…</li>}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {collect.running ? `${finished} of ${total} finished` : tally}
      </p>
      {collect.cancelled && (
        <p role="status" className="banner banner-info" data-testid="cancelled">
          Collecting was cancelled. Nothing was saved. You can collect again whenever you are ready.
        </p>
      )}
      {collect.error && (failure ? <FailureNotice failure={failure} problem={collect.error} /> : <ErrorNotice problem={collect.error} />)}
    </StepFrame>
  );
}
