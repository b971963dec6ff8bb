/** Step 4: live progress per collector and probe as they finish, with cancel; a failure as a plain sentence. */
import type { Dispatch } from 'react';
import { StepFrame } from '../StepFrame.js';
import type { ProgressRow, WizardAction, WizardState } from '../wizard-store.js';

const STATUS_TEXT: Record<string, string> = { ok: 'done', partial: 'partly done', failed: 'failed', skipped: 'skipped' };

function rowText(row: ProgressRow): string {
  const what = row.phase === 'probe' ? `Network test ${row.id}` : row.phase === 'bundle' ? 'Writing the bundle' : `Collecting ${row.id}`;
  if (row.state === 'started') return `${what}: running`;
  const status = STATUS_TEXT[row.status ?? 'ok'] ?? row.status;
  return `${what}: ${status}${row.message && row.status !== 'ok' ? ` (${row.message})` : ''}`;
}

export function CollectStep({ state, dispatch, onCancel, onRetry }: { state: WizardState; dispatch: Dispatch<WizardAction>; onCancel(): void; onRetry(): void }) {
  const { collect } = state;
  return (
    <StepFrame
      step="collect"
      intro={<p>{collect.running ? 'Gathering logs, versions and network facts. You can keep working; this takes a few seconds.' : 'Collecting stopped.'}</p>}
      actions={
        collect.running ? (
          <button type="button" onClick={onCancel} disabled={collect.cancelling}>
            {collect.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => dispatch({ type: 'back' })}>
              Back
            </button>
            <button type="button" className="primary" onClick={onRetry}>
              Try again
            </button>
          </>
        )
      }
    >
      <ul className="progress" aria-label="Progress" data-testid="progress">
        {collect.rows.map((row) => (
          <li key={`${row.phase}:${row.id}`} className={`progress-${row.state === 'started' ? 'running' : (row.status ?? 'ok')}`}>
            {rowText(row)}
          </li>
        ))}
        {collect.rows.length === 0 && collect.running && <li className="progress-running">Starting…</li>}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {collect.rows.filter((r) => r.state === 'finished').length} of {collect.rows.length} finished
      </p>
      {collect.error && (
        <p role="alert" className="error">
          {collect.error}
        </p>
      )}
    </StepFrame>
  );
}
