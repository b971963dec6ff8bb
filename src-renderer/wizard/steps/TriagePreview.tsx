/** A live "what this points to so far" line in step 3, from the same triage rules run on the answers alone. */
import { incidentReportSchema } from '../../../src-shared/incident-report.js';
import { buildTriageInput } from '../../../src-shared/triage/triage-input.js';
import { runTriage } from '../../../src-shared/triage/run-triage.js';
import { reportFromForm, type WizardForm } from '../wizard-form.js';

export function TriagePreview({ form }: { form: WizardForm }) {
  const input = reportFromForm(form);
  const report = input ? incidentReportSchema.safeParse(input) : null;
  const titles = report?.success ? runTriage(buildTriageInput(report.data)).findings.map((f) => f.title) : [];
  return (
    <div className="triage-preview" aria-live="polite" data-testid="triage-preview">
      <p className="finding-label">What your answers point to so far</p>
      {titles.length === 0 ? <p className="muted">Nothing specific yet. The collected data may tell more.</p> : <p>{titles.join(' · ')}</p>}
    </div>
  );
}
