/**
 * The guided wizard: one store, one component per step, all data through window.zpb. It renders
 * and dispatches; what a button starts (collect, save, send) lives in flows/.
 */
import { useReducer } from 'react';
import { policyMarks } from '../../src-shared/form-policy.js';
import { RequestBanner } from './RequestBanner.js';
import { useMainEvents, useWizardFlows } from './flows/use-wizard-flows.js';
import { initialWizardState, wizardReducer, type StepId } from './wizard-store.js';
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
  useMainEvents(dispatch);
  const flows = useWizardFlows(dispatch);

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
        {...(FORM_STEPS.includes(state.step) ? { onSendSaved: () => void flows.sendSaved(state), chooseProblem: state.chooseProblem } : {})}
      />
      {step()}
    </>
  );

  function step() {
    switch (state.step) {
      case 'what':
        return <WhatHappenedStep state={state} dispatch={dispatch} onCollectNow={() => flows.collectNow(state)} />;
      case 'when':
        return <WhenStep state={state} dispatch={dispatch} />;
      case 'where':
        return <WhereStep state={state} dispatch={dispatch} onCollect={() => void flows.collect(state)} />;
      case 'collect':
        return <CollectStep state={state} dispatch={dispatch} onCancel={() => void flows.cancel()} onRetry={() => void flows.collect(state)} />;
      case 'review':
        return <ReviewStep state={state} dispatch={dispatch} onSave={() => void flows.save(state)} onBack={() => flows.backFromReview(state)} onChooseFolder={() => void flows.chooseFolder()} />;
      case 'done':
        return (
          <DoneStep
            state={state}
            onStartOver={() => flows.startOver(state, timeZone)}
            onSendAgain={() => void flows.send(state, state.result!.bundlePath)}
            onCancelSend={() => void flows.cancelSend()}
          />
        );
    }
  }
}
