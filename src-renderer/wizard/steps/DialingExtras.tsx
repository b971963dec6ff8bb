/** Dialing extras: the dialed number, checked live (libphonenumber-js), and the internal-call test. */
import type { Dispatch } from 'react';
import { checkDialedNumber } from '../../../src-shared/phone-number-check.js';
import { SelectField } from '../../common/SelectField.js';
import { OUTCOME_LABELS } from '../choice-labels.js';
import type { WizardForm } from '../wizard-form.js';
import type { WizardAction } from '../wizard-store.js';

export function DialingExtras({ form, dispatch }: { form: WizardForm; dispatch: Dispatch<WizardAction> }) {
  const check = form.dialedNumber ? checkDialedNumber(form.dialedNumber) : null;
  return (
    <fieldset className="extras">
      <legend>About the call</legend>
      <div className="field">
        <label htmlFor="dialed-number">Number you dialed</label>
        <input id="dialed-number" value={form.dialedNumber} onChange={(e) => dispatch({ type: 'edit', patch: { dialedNumber: e.target.value } })} aria-describedby="dialed-check" autoComplete="off" inputMode="tel" />
        <div id="dialed-check" aria-live="polite" data-testid="dialed-check">
          {check === null ? (
            <p className="hint">Paste it exactly as you dialed it: we look for hidden characters and format problems.</p>
          ) : check.problems.length === 0 ? (
            <p className="hint ok">{check.looksLikeExtension ? 'This looks like an internal extension.' : `This number looks fine${check.retype ? ` (${check.retype})` : ''}.`}</p>
          ) : (
            <ul className="problems">
              {check.problems.map((p) => (
                <li key={p.kind}>{p.message}</li>
              ))}
              {check.retype && <li>Retype it as {check.retype}.</li>}
            </ul>
          )}
        </div>
      </div>
      <SelectField label="Does calling an internal extension work?" value={form.internalCalls ?? ''} options={OUTCOME_LABELS} onChange={(v) => dispatch({ type: 'edit', patch: { internalCalls: v } })} />
    </fieldset>
  );
}
