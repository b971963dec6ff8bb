/** The guided wizard: one store, one component per step, all data through window.zpb. */
import { useEffect, useReducer } from 'react';
import { policyMarks } from '../../src-shared/form-policy.js';
import { problemOf } from '../common/error-text.js';
import { problemKind } from '../common/problem-kind.js';
import { RequestBanner } from './RequestBanner.js';
import { wallClock } from '../../src-shared/zoned-time.js';
import { reportFromForm, reportProblem } from './wizard-form.js';
import { initialWizardState, wizardReducer, type StepId, type WizardState } from './wizard-store.js';
import { CollectStep } from './steps/CollectStep.js';
import { DoneStep } from './steps/DoneStep.js';
import { ReviewStep } from './steps/ReviewStep.js';
import { WhatHappenedStep } from './steps/WhatHappenedStep.js';
import { WhenStep } from './steps/WhenStep.js';
import { WhereStep } from './steps/WhereStep.js';

/** Steps before collecting starts, where "Send a saved bundle…" is offered. */
const FORM_STEPS: readonly StepId[] = ['what', 'when', 'where'];

export function Wizard({ timeZone }: { timeZone: string }) {
  const [state, dispatch] = useReducer(wizardReducer, undefined, () => initialWizardState(new Date(), timeZone));

  useEffect(() => window.zpb.onCollectProgress((event) => dispatch({ type: 'progress', event })), []);
  useEffect(() => window.zpb.onUploadProgress((progress) => dispatch({ type: 'send-progress', progress })), []);
  // The organisation's limits on the form's choices: marked in the form (main applies them anyway).
  useEffect(() => {
    void window.zpb
      .getFormPolicy({})
      .then((policy) => dispatch({ type: 'policy', policy }))
      .catch(() => undefined); // unread: nothing is marked, main still enforces the policy
  }, []);
  // A help-desk request link: the one the app was opened with, and any that arrive later.
  useEffect(() => {
    void window.zpb
      .takeRequestLink({})
      .then((delivery) => delivery && dispatch({ type: 'request-link', ...delivery }))
      .catch(() => undefined); // no link: the form starts empty
    return window.zpb.onRequestLink((delivery) => dispatch({ type: 'request-link', ...delivery }));
  }, []);

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
      if (problemKind(problemOf(error).code) === 'cancelled') dispatch({ type: 'collect-cancelled' });
      else dispatch({ type: 'collect-failed', problem: problemOf(error) });
    }
  }

  /**
   * "Create support bundle now": collect straight from the first screen with sensible defaults
   * (the incident is now, in this computer's zone; everything not answered stays "not sure").
   */
  function collectNow(current: WizardState) {
    const form = { ...current.form, ...wallClock(new Date(), current.form.timeZone) };
    dispatch({ type: 'edit', patch: form });
    void collect({ ...current, form });
  }

  async function cancel() {
    dispatch({ type: 'cancel-requested' });
    await window.zpb.cancelCollect({}).catch(() => undefined); // the running call reports the outcome
  }

  async function save() {
    if (!state.draft) return;
    dispatch({ type: 'save-started' });
    try {
      const result = await window.zpb.saveBundle({ draftId: state.draft.draftId, exclude: state.exclude, consent: true });
      dispatch({ type: 'saved', result });
      // A verified request that names a destination: sending starts as soon as the bundle is saved.
      if (state.verification?.destination) void send(state, result.bundlePath);
    } catch (error) {
      dispatch({ type: 'save-failed', problem: problemOf(error) });
    }
  }

  /** Sends the saved bundle where the verified request says ("Try again" calls it once more). */
  async function send(current: WizardState, bundlePath: string) {
    const requestId = current.verification?.requestId;
    if (!requestId) return;
    dispatch({ type: 'send-started' });
    try {
      dispatch({ type: 'sent', receipt: await window.zpb.sendBundle({ requestId, bundlePath }) });
    } catch (error) {
      if (problemKind(problemOf(error).code) === 'cancelled') dispatch({ type: 'send-cancelled' });
      else dispatch({ type: 'send-failed', problem: problemOf(error) });
    }
  }

  /**
   * "Send a saved bundle…": main's dialog picks a bundle (verified there as a whole bundle), then it
   * is sent like a fresh one, to where the verified request says, from the Done screen.
   */
  async function sendSaved(current: WizardState) {
    const requestId = current.verification?.requestId;
    if (!requestId) return;
    try {
      const result = await window.zpb.chooseBundleToSend({ requestId });
      if (!result) return; // the dialog was cancelled
      dispatch({ type: 'saved', result });
      void send(current, result.bundlePath);
    } catch (error) {
      dispatch({ type: 'choose-failed', problem: problemOf(error) });
    }
  }

  async function cancelSend() {
    dispatch({ type: 'send-cancel-requested' });
    await window.zpb.cancelSend({}).catch(() => undefined); // the running send reports the outcome
  }

  async function chooseFolder() {
    try {
      const chosen = await window.zpb.chooseOutputFolder({});
      // A folder chosen: the error is answered, the next "Agree and create bundle" saves there.
      if (chosen.path) dispatch({ type: 'folder-chosen', path: chosen.path });
    } catch (error) {
      dispatch({ type: 'save-failed', problem: problemOf(error) });
    }
  }

  function backFromReview() {
    if (state.draft) void window.zpb.discardDraft({ draftId: state.draft.draftId }).catch(() => undefined);
    dispatch({ type: 'back' });
  }

  function startOver() {
    if (state.draft && state.step !== 'done') void window.zpb.discardDraft({ draftId: state.draft.draftId }).catch(() => undefined);
    dispatch({ type: 'start-over', now: new Date(), timeZone });
  }

  return (
    <>
      <RequestBanner
        request={state.request}
        error={state.requestError}
        saved={state.step === 'done'}
        verification={state.verification}
        spent={state.requestSpent}
        signedOnly={policyMarks(state.policy).signedRequests}
        // Before a new bundle is being made: a saved one may be sent instead.
        {...(FORM_STEPS.includes(state.step) ? { onSendSaved: () => void sendSaved(state), chooseProblem: state.chooseProblem } : {})}
      />
      {step()}
    </>
  );

  function step() {
    switch (state.step) {
      case 'what':
        return <WhatHappenedStep state={state} dispatch={dispatch} onCollectNow={() => collectNow(state)} />;
      case 'when':
        return <WhenStep state={state} dispatch={dispatch} />;
      case 'where':
        return <WhereStep state={state} dispatch={dispatch} onCollect={() => void collect(state)} />;
      case 'collect':
        return <CollectStep state={state} dispatch={dispatch} onCancel={() => void cancel()} onRetry={() => void collect(state)} />;
      case 'review':
        return <ReviewStep state={state} dispatch={dispatch} onSave={() => void save()} onBack={backFromReview} onChooseFolder={() => void chooseFolder()} />;
      case 'done':
        return <DoneStep state={state} onStartOver={startOver} onSendAgain={() => void send(state, state.result!.bundlePath)} onCancelSend={() => void cancelSend()} />;
    }
  }
}
