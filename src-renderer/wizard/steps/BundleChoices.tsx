/**
 * What goes into the bundle: how much is hidden, how many hours of Zoom logs, and the network
 * tests. Where the organisation's policy fixes or bounds a choice, the option says "Set by your
 * organisation" and nothing looser can be chosen: weaker redactions are disabled, longer log
 * windows are not offered.
 */
import { useId, type Dispatch } from 'react';
import { logWindowChoices, policyMarks, redactionChoices } from '../../../src-shared/form-policy.js';
import { PolicyMark } from '../../common/PolicyMark.js';
import { logWindowLabel, REDACTION_LABELS } from '../choice-labels.js';
import type { WizardAction, WizardState } from '../wizard-store.js';

export function BundleChoices({ state, dispatch }: { state: WizardState; dispatch: Dispatch<WizardAction> }) {
  const id = useId();
  const { form, policy } = state;
  const marks = policyMarks(policy);
  const edit = (patch: Partial<WizardState['form']>) => dispatch({ type: 'edit', patch });
  const markId = (what: string) => `${id}-${what}-policy`;
  return (
    <fieldset className="bundle-choices">
      <legend>What the bundle includes</legend>
      <fieldset aria-describedby={marks.redaction ? markId('redaction') : undefined}>
        <legend>How much to hide</legend>
        {redactionChoices(policy).map(({ profile, allowed }) => (
          <label key={profile} className={allowed ? 'check' : 'check disabled'}>
            <input
              type="radio"
              name={`${id}-redaction`}
              value={profile}
              checked={form.redaction === profile}
              disabled={!allowed}
              aria-describedby={marks.redaction ? markId('redaction') : undefined}
              onChange={() => edit({ redaction: profile })}
            />
            {REDACTION_LABELS[profile]}
          </label>
        ))}
        {marks.redaction && <PolicyMark id={markId('redaction')} text={marks.redaction} testId="policy-mark-redaction" />}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-log-window`}>Zoom logs to include</label>
        <select
          id={`${id}-log-window`}
          value={form.logWindowHours}
          aria-describedby={marks.logWindow ? markId('log-window') : undefined}
          onChange={(e) => edit({ logWindowHours: Number(e.target.value) })}
        >
          {logWindowChoices(policy, form.logWindowHours).map((hours) => (
            <option key={hours} value={hours}>
              {logWindowLabel(hours)}
            </option>
          ))}
        </select>
        {marks.logWindow && <PolicyMark id={markId('log-window')} text={marks.logWindow} testId="policy-mark-log-window" />}
      </div>
      <label className="check">
        <input type="checkbox" checked={form.probes} aria-describedby={marks.probes ? markId('probes') : undefined} onChange={(e) => edit({ probes: e.target.checked })} />
        {marks.probes ? 'Also run the network tests (takes a few seconds)' : 'Also test the connection to Zoom Phone (ports 443, 5091, 3478; takes a few seconds)'}
      </label>
      {marks.probes && <PolicyMark id={markId('probes')} text={marks.probes} testId="policy-mark-probes" />}
    </fieldset>
  );
}
