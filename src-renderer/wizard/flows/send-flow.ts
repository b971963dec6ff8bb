/**
 * The send flow of the wizard: a saved bundle (or one chosen with main's dialog) goes where the
 * verified signed request says; "Try again" sends once more; Cancel stops it. Plain functions over
 * `dispatch`.
 */
import type { Dispatch } from 'react';
import { problemOf } from '../../common/error-text.js';
import { problemKind } from '../../common/problem-kind.js';
import type { WizardAction, WizardState } from '../wizard-store.js';

export interface SendFlow {
  /** Sends the saved bundle where the verified request says ("Try again" calls it once more). */
  send(current: WizardState, bundlePath: string): Promise<void>;
  /** "Send a saved bundle…": main's dialog picks a bundle (verified there), then it is sent like a fresh one. */
  sendSaved(current: WizardState): Promise<void>;
  cancelSend(): Promise<void>;
}

export function sendFlow(dispatch: Dispatch<WizardAction>): SendFlow {
  async function send(current: WizardState, bundlePath: string) {
    const requestId = current.verification?.requestId;
    if (!requestId) return;
    dispatch({ type: 'send-started' });
    try {
      dispatch({ type: 'sent', receipt: await window.zpb.sendBundle({ requestId, bundlePath }) });
    } catch (error) {
      const problem = problemOf(error);
      if (problemKind(problem.code) === 'cancelled') dispatch({ type: 'send-cancelled' });
      else dispatch({ type: 'send-failed', problem });
    }
  }

  return {
    send,
    async sendSaved(current) {
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
    },
    async cancelSend() {
      dispatch({ type: 'send-cancel-requested' });
      await window.zpb.cancelSend({}).catch(() => undefined); // the running send reports the outcome
    },
  };
}
