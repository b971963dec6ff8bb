/** Step 2: when it happened, defaulting to now in the system's zone, with the UTC offset shown. */
import { useMemo, type Dispatch } from 'react';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';
import { formatOffset, zonedIso, zoneOffsetMinutes } from '../../../src-shared/zoned-time.js';

/** Every zone the runtime knows, with the current zone first if it is missing from the list. */
function zoneList(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}

export function WhenStep({ state, dispatch }: { state: WizardState; dispatch: Dispatch<WizardAction> }) {
  const { form } = state;
  const zones = useMemo(() => zoneList(form.timeZone), [form.timeZone]);
  const iso = zonedIso(form.date, form.time, form.timeZone);
  const offsets = useMemo(() => {
    const at = new Date(iso ?? Date.now());
    return new Map(zones.map((z) => [z, formatOffset(zoneOffsetMinutes(z, at))]));
  }, [zones, iso]);
  const edit = (patch: Partial<WizardState['form']>) => dispatch({ type: 'edit', patch });
  return (
    <StepFrame
      step="when"
      blocked={state.blocked}
      intro={<p>When did the error appear? It is set to now; change it if it happened earlier.</p>}
      actions={
        <>
          <button type="button" onClick={() => dispatch({ type: 'back' })}>
            Back
          </button>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'next' })}>
            Next: what failed
          </button>
        </>
      }
    >
      <div className="row">
        <div className="field">
          <label htmlFor="when-date">Date</label>
          <input id="when-date" type="date" value={form.date} onChange={(e) => edit({ date: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor="when-time">Time</label>
          <input id="when-time" type="time" value={form.time} onChange={(e) => edit({ time: e.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="when-zone">Time zone</label>
        <select id="when-zone" value={form.timeZone} onChange={(e) => edit({ timeZone: e.target.value })} aria-describedby="when-stored">
          {zones.map((z) => (
            <option key={z} value={z}>
              {z} (UTC{offsets.get(z)})
            </option>
          ))}
        </select>
        <p className="hint" id="when-stored" aria-live="polite" data-testid="when-stored">
          {iso ? `Will be recorded as ${iso} (${form.timeZone}, UTC${offsets.get(form.timeZone)}).` : 'Enter a date and a time.'}
        </p>
      </div>
    </StepFrame>
  );
}
