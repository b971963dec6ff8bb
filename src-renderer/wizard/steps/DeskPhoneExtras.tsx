/** Desk phone extras: model, firmware, and whether the desktop app works for the same user. */
import type { Dispatch } from 'react';
import { SelectField } from '../../common/SelectField.js';
import { OUTCOME_LABELS } from '../choice-labels.js';
import type { WizardForm } from '../wizard-form.js';
import type { WizardAction } from '../wizard-store.js';

export function DeskPhoneExtras({ form, dispatch }: { form: WizardForm; dispatch: Dispatch<WizardAction> }) {
  return (
    <fieldset className="extras">
      <legend>About the desk phone</legend>
      <div className="row">
        <div className="field">
          <label htmlFor="desk-model">Desk phone model</label>
          <input id="desk-model" value={form.deskPhoneModel} placeholder="Poly VVX 450" onChange={(e) => dispatch({ type: 'edit', patch: { deskPhoneModel: e.target.value } })} />
        </div>
        <div className="field">
          <label htmlFor="desk-firmware">Firmware version</label>
          <input id="desk-firmware" value={form.deskPhoneFirmware} placeholder="6.4.3.5018" onChange={(e) => dispatch({ type: 'edit', patch: { deskPhoneFirmware: e.target.value } })} />
        </div>
      </div>
      <SelectField label="Does Zoom Phone work in the desktop app for the same user?" value={form.desktopAppWorks ?? ''} options={OUTCOME_LABELS} onChange={(v) => dispatch({ type: 'edit', patch: { desktopAppWorks: v } })} />
    </fieldset>
  );
}
