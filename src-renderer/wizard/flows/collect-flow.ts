/**
 * The collect flow of the wizard: the form becomes a prepareBundle call (main plans and collects),
 * its outcome an action; cancelling, going back from the review and starting over. Plain functions
 * over `dispatch`, so Wizard.tsx only renders and dispatches.
 */
import type { Dispatch } from 'react';
import { wallClock } from '../../../src-shared/zoned-time.js';
import { problemOf } from '../../common/error-text.js';
import { problemKind } from '../../common/problem-kind.js';
import { reportFromForm, reportProblem } from '../wizard-form.js';
import type { WizardAction, WizardState } from '../wizard-store.js';

export interface CollectFlow {
  collect(current: WizardState): Promise<void>;
  /** "Create support bundle now": collect from the first screen with the incident now, in this computer's zone. */
  collectNow(current: WizardState): void;
  cancel(): Promise<void>;
  backFromReview(current: WizardState): void;
  startOver(current: WizardState, timeZone: string): void;
}

export function collectFlow(dispatch: Dispatch<WizardAction>): CollectFlow {
  async function collect(current: WizardState) {
    const report = reportFromForm(current.form, current.request);
    if (!report) return dispatch({ type: 'collect-failed', problem: { message: 'The date or time is not valid. Go back and correct it.' } });
    const problem = reportProblem(report);
    if (problem) return dispatch({ type: 'block', message: problem });
    dispatch({ type: 'collect-started' });
    try {
      const screenshot = current.form.screenshot?.dataUrl;
      const request = current.request;
      const requestId = current.verification?.requestId;
      const draft = await window.zpb.prepareBundle({
        report: request ? { ...report, ticket: request.ticket } : report,
        probes: current.form.probes,
        redaction: current.form.redaction,
        logWindowHours: current.form.logWindowHours,
        ...(screenshot ? { screenshot } : {}),
        ...(request ? { request } : {}),
        // A signed request is claimed by main for this bundle: one already used is refused before collecting.
        ...(requestId ? { requestId } : {}),
      });
      dispatch({ type: 'draft-ready', draft });
    } catch (error) {
      const problem = problemOf(error);
      if (problemKind(problem.code) === 'cancelled') dispatch({ type: 'collect-cancelled' });
      else dispatch({ type: 'collect-failed', problem });
    }
  }

  return {
    collect,
    collectNow(current) {
      // The incident is now, in this computer's zone; everything not answered stays "not sure".
      const form = { ...current.form, ...wallClock(new Date(), current.form.timeZone) };
      dispatch({ type: 'edit', patch: form });
      void collect({ ...current, form });
    },
    async cancel() {
      dispatch({ type: 'cancel-requested' });
      await window.zpb.cancelCollect({}).catch(() => undefined); // the running call reports the outcome
    },
    backFromReview(current) {
      if (current.draft) void window.zpb.discardDraft({ draftId: current.draft.draftId }).catch(() => undefined);
      dispatch({ type: 'back' });
    },
    startOver(current, timeZone) {
      if (current.draft && current.step !== 'done') void window.zpb.discardDraft({ draftId: current.draft.draftId }).catch(() => undefined);
      dispatch({ type: 'start-over', now: new Date(), timeZone });
    },
  };
}
