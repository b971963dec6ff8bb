/** Step 2: when it happened, defaulting to now in the system's zone; a searchable zone picker with friendly names and offsets. */
import { useMemo, useState, type Dispatch } from 'react';
import { StepFrame } from '../StepFrame.js';
import type { WizardAction, WizardState } from '../wizard-store.js';
import { zonedIso } from '../../../src-shared/zoned-time.js';
import { count } from '../../../src-shared/plural-words.js';
import { filterZones, recordedAs, zoneOptions } from '../time-zones.js';

export function WhenStep({ state, dispatch }: { state: WizardState; dispatch: Dispatch<WizardAction> }) {
  const { form } = state;
  const iso = zonedIso(form.date, form.time, form.timeZone);
  const [query, setQuery] = useState('');
  // Labels carry the offset at the incident's moment; the computer's zone stays first.
  const [firstZone] = useState(form.timeZone);
  const options = useMemo(() => zoneOptions(firstZone, new Date(iso ?? Date.now())), [firstZone, iso]);
  const shown = filterZones(options, query, form.timeZone);
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
      <div className="row">
        <div className="field">
          <label htmlFor="when-zone-search">Find a time zone</label>
          <input id="when-zone-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="City, country, abbreviation or UTC offset, e.g. New York, India, PST, UTC+1" aria-describedby="when-zone-count" autoComplete="off" />
          <p className="hint" id="when-zone-count" aria-live="polite">
            {query ? count(shown.length, 'zone matches') : form.timeZone === firstZone ? 'This computer\u2019s zone is chosen.' : 'Type to narrow the list.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor="when-zone">Time zone</label>
          <select id="when-zone" value={form.timeZone} onChange={(e) => edit({ timeZone: e.target.value })} aria-describedby="when-stored">
            {shown.map((z) => (
              <option key={z.id} value={z.id}>
                {z.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint" id="when-stored" aria-live="polite" data-testid="when-stored">
        {iso ? `Will be recorded as ${recordedAs(iso, form.timeZone)}.` : 'Enter a date and a time.'}
      </p>
    </StepFrame>
  );
}
