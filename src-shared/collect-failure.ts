/**
 * Why collecting failed, said the same way on the Collect screen and by `zpb collect`: which step
 * failed, why in words, what was still saved, and what to do next. Built from the progress events
 * both already receive, so neither can show every step "done" above a generic error.
 */
import type { CollectProgress } from './collector-result.js';
import { collectorName } from './glossary.js';
import type { IpcErrorCode } from './ipc-error-code.js';

/** The last state of one step (a collector, a probe, or writing the bundle), as the progress events left it. */
export type StepState = Pick<CollectProgress, 'phase' | 'id' | 'label' | 'state' | 'status' | 'message' | 'cancelled'>;

export interface CollectFailure {
  /** The step that failed, in words ("Writing the bundle"). */
  step: string;
  why: string;
  saved: string;
  next: string;
}

/** Who reads it: the app (buttons, a draft) or the CLI (flags, a log file). */
export type FailureAudience = { kind: 'app' } | { kind: 'cli'; logPath?: string };

/** A step in words: a probe by its name, a collector (or the bundle) by the glossary's. */
export function stepName(step: Pick<StepState, 'phase' | 'id' | 'label'>): string {
  return step.phase === 'probe' ? `Network test: ${step.label ?? step.id}` : collectorName(step.id);
}

/** The step that failed: one that finished "failed" while writing, else the one still running when it stopped. */
export function failedStep(steps: readonly StepState[]): StepState | undefined {
  return steps.find((s) => s.phase === 'bundle' && s.status === 'failed') ?? steps.findLast((s) => s.state === 'started');
}

/** Progress events folded into one state per step, in the order they first appeared. */
export function foldProgress(steps: readonly StepState[], event: StepState): StepState[] {
  const index = steps.findIndex((s) => s.phase === event.phase && s.id === event.id);
  return index === -1 ? [...steps, event] : steps.map((s, i) => (i === index ? event : s));
}

/** What to do next, by the failure's code (the writer's codes; anything else is unexpected). */
function nextStep(code: IpcErrorCode | undefined, audience: FailureAudience): string {
  const again = audience.kind === 'app' ? 'then collect again' : 'then run zpb collect again';
  switch (code) {
    case 'no-space':
      return `Free some disk space, ${again}.`;
    case 'no-folder':
      return audience.kind === 'app' ? 'Choose another folder, then collect again.' : 'Give --out a folder that exists, then run zpb collect again.';
    case 'exists':
      return audience.kind === 'app' ? 'Choose another folder, then collect again.' : 'Choose another --out name, or pass --force to replace the file.';
    case 'write-failed':
      return `Check that the folder can be written to, ${again}.`;
    default:
      return audience.kind === 'app'
        ? 'Collect again. If it fails again, send your help desk the details below.'
        : `Run zpb collect again. If it fails again, send your help desk this line${audience.logPath ? ` and the log ${audience.logPath}` : ''}.`;
  }
}

/**
 * The failure in four parts. `code` is the failure's kind (BundleWriteError codes, else anything);
 * `why` is used when no step says why itself. Undefined when no step had started (then the error's
 * own sentence says everything: a refused request, a bad screenshot).
 */
export function describeCollectFailure(steps: readonly StepState[], failure: { code?: IpcErrorCode; why: string }, audience: FailureAudience): CollectFailure | undefined {
  if (steps.length === 0) return undefined;
  const step = failedStep(steps);
  const why = (step?.status === 'failed' && step.message) || failure.why;
  return {
    step: step ? stepName(step) : 'Putting the bundle together',
    why,
    saved:
      audience.kind === 'app'
        ? 'Nothing was saved: the unfinished bundle was removed. Your answers are kept.'
        : `No bundle was written; nothing unfinished is left behind${audience.logPath ? `. What each step found is in the log ${audience.logPath}` : ''}.`,
    next: nextStep(failure.code, audience),
  };
}

/** The failure as the one line `zpb collect` prints. */
export function collectFailureLine(failure: CollectFailure): string {
  return `collecting failed at "${failure.step}": ${failure.why}. ${failure.saved} ${failure.next}`;
}
