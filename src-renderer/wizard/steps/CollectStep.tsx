/**
 * Step 4: an overall progress bar over live rows per collector and probe (named in words), with
 * cancel. A cancel is a calm notice with focus on "Collect again"; a failure is a plain sentence.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import { ErrorNotice } from '../../common/ErrorNotice.js';
import { collectorName } from '../../common/plain-names.js';
import { StepFrame } from '../StepFrame.js';
import type { ProgressRow, WizardAction, WizardState } from '../wizard-store.js';

const STATUS_TEXT: Record<string, string> = { ok: 'done', partial: 'partly done', failed: 'failed', skipped: 'skipped' };

function rowText(row: ProgressRow): string {
  const what = row.phase === 'probe' ? `Network test: ${row.label ?? row.id}` : collectorName(row.id);
  if (row.state === 'started') return `${what}: running`;
  return `${what}: ${STATUS_TEXT[row.status ?? 'ok'] ?? row.status}`;
}

export function CollectStep({ state, dispatch, onCancel, onRetry }: { state: WizardState; dispatch: Dispatch<WizardAction>; onCancel(): void; onRetry(): void }) {
  const { collect } = state;
  const retry = useRef<HTMLButtonElement>(null);
  // The Cancel button is gone once stopped: focus goes to what to do next, not to the page body.
  useEffect(() => {
    if (!collect.running) retry.current?.focus();
  }, [collect.running]);
  const finished = collect.rows.filter((r) => r.state === 'finished').length;
  const total = collect.rows.length;
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
        <label htmlFor="overall-progress">{collect.running ? `Overall progress: ${finished} of ${total || '…'} finished` : `${finished} of ${total} finished`}</label>
        <progress id="overall-progress" max={Math.max(total, 1)} value={collect.running ? finished : total} data-testid="overall-progress" />
      </div>
      <ul className="progress" aria-label="Progress" data-testid="progress">
        {collect.rows.map((row) => (
          <li key={`${row.phase}:${row.id}`} className={`progress-${row.state === 'started' ? 'running' : (row.status ?? 'ok')}`}>
            {rowText(row)}
          </li>
        ))}
        {collect.rows.length === 0 && collect.running && <li className="progress-running">Starting…</li>}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {finished} of {total} finished
      </p>
      {collect.cancelled && (
        <p role="status" className="banner banner-info" data-testid="cancelled">
          Collecting was cancelled. Nothing was saved. You can collect again whenever you are ready.
        </p>
      )}
      {collect.error && <ErrorNotice problem={collect.error} />}
    </StepFrame>
  );
}
