/**
 * The save flow of the wizard: the reviewed draft is saved with the person's consent (and, for a
 * verified request that names a destination, sent at once); a folder problem is answered by
 * choosing another folder. Plain functions over `dispatch`.
 */
import type { Dispatch } from 'react';
import { problemOf } from '../../common/error-text.js';
import type { WizardAction, WizardState } from '../wizard-store.js';
import type { SendFlow } from './send-flow.js';

export interface SaveFlow {
  save(current: WizardState): Promise<void>;
  chooseFolder(): Promise<void>;
}

export function saveFlow(dispatch: Dispatch<WizardAction>, sending: Pick<SendFlow, 'send'>): SaveFlow {
  return {
    async save(current) {
      if (!current.draft) return;
      dispatch({ type: 'save-started' });
      try {
        const result = await window.zpb.saveBundle({ draftId: current.draft.draftId, exclude: current.exclude, consent: true });
        dispatch({ type: 'saved', result });
        // A verified request that names a destination: sending starts as soon as the bundle is saved.
        if (current.verification?.destination) void sending.send(current, result.bundlePath);
      } catch (error) {
        dispatch({ type: 'save-failed', problem: problemOf(error) });
      }
    },
    async chooseFolder() {
      try {
        const chosen = await window.zpb.chooseOutputFolder({});
        // A folder chosen: the error is answered, the next "Agree and create bundle" saves there.
        if (chosen.path) dispatch({ type: 'folder-chosen', path: chosen.path });
      } catch (error) {
        dispatch({ type: 'save-failed', problem: problemOf(error) });
      }
    },
  };
}
