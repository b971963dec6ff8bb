/** Step 3: what failed and where: action, scope, network, where it was seen, recent changes, notes, and the extras that fit. */
import type { Dispatch } from 'react';
import { RECENT_CHANGES } from '../../../src-shared/incident-report.js';
import { SelectField } from '../../common/SelectField.js';
import { ACTION_LABELS, CHANGE_LABELS, NETWORK_LABELS, SCOPE_LABELS, SURFACE_LABELS } from '../choice-labels.js';
import { ADMIN_CHANGES, EMPLOYEE_ACTION_LABELS, EMPLOYEE_SURFACE_LABELS, showAdminChoices } from '../admin-choices.js';
import { isDeskPhone } from '../wizard-form.js';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';
import { ApiBodyExtras } from './ApiBodyExtras.js';
import { BundleChoices } from './BundleChoices.js';
import { DeskPhoneExtras } from './DeskPhoneExtras.js';
import { DialingExtras } from './DialingExtras.js';
import { TriagePreview } from './TriagePreview.js';

export function WhereStep({ state, dispatch, onCollect }: { state: WizardState; dispatch: Dispatch<WizardAction>; onCollect(): void }) {
  const { form } = state;
  const edit = (patch: Partial<WizardState['form']>) => dispatch({ type: 'edit', patch });
  const request = state.request;
  /** Who answered this question, while the link's answer is kept as it was. */
  const filledBy = (field: 'action' | 'scope' | 'network') =>
    request && form.linkFilled.includes(field) && form[field] !== '' && form[field] === request[field] ? (request.helpdesk ?? 'your help desk') : null;
  const admin = showAdminChoices(form, request);
  return (
    <StepFrame
      step="where"
      blocked={state.blocked}
      intro={<p>Answer what you know; everything here is optional. It helps support look in the right place first.</p>}
      actions={
        <>
          <button type="button" onClick={() => dispatch({ type: 'back' })}>
            Back
          </button>
          <button type="button" className="primary" onClick={onCollect}>
            Collect support data
          </button>
        </>
      }
    >
      <div className="row">
        <SelectField label="What were you doing?" value={form.action ?? ''} options={admin ? ACTION_LABELS : EMPLOYEE_ACTION_LABELS} onChange={(v) => edit({ action: v })} filledBy={filledBy('action')} />
        <SelectField label="Where did you see the error?" value={form.surface ?? ''} options={admin ? SURFACE_LABELS : EMPLOYEE_SURFACE_LABELS} onChange={(v) => edit({ surface: v })} />
      </div>
      <div className="row">
        <SelectField label="Who is affected?" value={form.scope ?? ''} options={SCOPE_LABELS} onChange={(v) => edit({ scope: v })} filledBy={filledBy('scope')} />
        <SelectField label="Which network were you on?" value={form.network ?? ''} options={NETWORK_LABELS} onChange={(v) => edit({ network: v })} filledBy={filledBy('network')} />
      </div>
      {form.action === 'dialing' && <DialingExtras form={form} dispatch={dispatch} />}
      {form.action === 'api-request' && <ApiBodyExtras form={form} dispatch={dispatch} />}
      {isDeskPhone(form) && <DeskPhoneExtras form={form} dispatch={dispatch} />}
      <fieldset className="checks">
        <legend>Did anything change recently?</legend>
        {RECENT_CHANGES.filter((change) => admin || !ADMIN_CHANGES.has(change) || form.recentChanges.includes(change)).map((change) => (
          <label key={change} className="check">
            <input type="checkbox" checked={form.recentChanges.includes(change)} onChange={() => dispatch({ type: 'toggle-change', change })} />
            {CHANGE_LABELS[change]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="notes">Anything else support should know</label>
        <textarea id="notes" rows={3} value={form.notes} onChange={(e) => edit({ notes: e.target.value })} />
      </div>
      <TriagePreview form={form} />
      <BundleChoices state={state} dispatch={dispatch} />
    </StepFrame>
  );
}
