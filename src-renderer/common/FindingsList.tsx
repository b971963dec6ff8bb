/** Triage findings as cards: title, confidence, likely area, evidence and next steps. Used by the wizard and the admin review. */
import type { Finding } from '../../src-shared/triage/finding.js';
import { CONFIDENCE_WORDS } from '../../src-shared/glossary.js';


export function FindingsList({ findings, headingLevel = 3 }: { findings: Finding[]; headingLevel?: 3 | 4 }) {
  if (findings.length === 0) return <p className="muted">No specific cause stands out from what was reported and measured.</p>;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="findings" data-testid="findings">
      {findings.map((f) => (
        <li key={f.id} className={`finding finding-${f.confidence}${f.secondaryBecause ? ' finding-secondary' : ''}`} data-finding={f.id} data-confidence={f.confidence}>
          <Heading className="finding-title">
            {f.title} <span className="badge">{CONFIDENCE_WORDS[f.confidence]}</span>
            {f.secondaryBecause && <span className="badge">Second lead</span>}
          </Heading>
          {f.secondaryBecause && <p className="finding-why">Why second: {f.secondaryBecause}</p>}
          <p className="finding-area">Area: {f.area}</p>
          {f.evidence.length > 0 && (
            <>
              <p className="finding-label">Evidence</p>
              <ul>
                {f.evidence.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </>
          )}
          <p className="finding-label">Next steps</p>
          <ol>
            {f.nextSteps.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
