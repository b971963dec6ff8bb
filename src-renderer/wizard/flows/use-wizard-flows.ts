/**
 * The wizard's hooks: main's events and the form's starting data (policy, request link) folded
 * into the store, and the three flows (collect, save, send) made once per wizard.
 */
import { useEffect, useMemo, type Dispatch } from 'react';
import type { WizardAction } from '../wizard-store.js';
import { collectFlow, type CollectFlow } from './collect-flow.js';
import { saveFlow, type SaveFlow } from './save-flow.js';
import { sendFlow, type SendFlow } from './send-flow.js';

/** Progress events, the organisation's limits and help-desk request links, dispatched as they arrive. */
export function useMainEvents(dispatch: Dispatch<WizardAction>): void {
  useEffect(() => window.zpb.onCollectProgress((event) => dispatch({ type: 'progress', event })), [dispatch]);
  useEffect(() => window.zpb.onUploadProgress((progress) => dispatch({ type: 'send-progress', progress })), [dispatch]);
  // The organisation's limits on the form's choices: marked in the form (main applies them anyway).
  useEffect(() => {
    void window.zpb
      .getFormPolicy({})
      .then((policy) => dispatch({ type: 'policy', policy }))
      .catch(() => undefined); // unread: nothing is marked, main still enforces the policy
  }, [dispatch]);
  // A help-desk request link: the one the app was opened with, and any that arrive later.
  useEffect(() => {
    void window.zpb
      .takeRequestLink({})
      .then((delivery) => delivery && dispatch({ type: 'request-link', ...delivery }))
      .catch(() => undefined); // no link: the form starts empty
    return window.zpb.onRequestLink((delivery) => dispatch({ type: 'request-link', ...delivery }));
  }, [dispatch]);
}

export type WizardFlows = CollectFlow & SaveFlow & SendFlow;

/** The collect, save and send flows over the store's dispatch (stable for the wizard's life). */
export function useWizardFlows(dispatch: Dispatch<WizardAction>): WizardFlows {
  return useMemo(() => {
    const sending = sendFlow(dispatch);
    return { ...collectFlow(dispatch), ...saveFlow(dispatch, sending), ...sending };
  }, [dispatch]);
}
