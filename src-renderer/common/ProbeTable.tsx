/**
 * The network tests of a bundle as a table (test, result in words, the reason when it did not pass),
 * or one sentence when none were run. Shared by the one-bundle review and the many-bundle view.
 */
import type { InspectResult } from '../../src-shared/inspect-result.js';
import { probeName } from '../../src-shared/probe-names.js';
import { probeVerdictWords } from '../../src-shared/glossary.js';

export function ProbeTable({ probes, testId = 'probes' }: { probes: InspectResult['probes']; testId?: string }) {
  if (probes.length === 0) return <p className="muted">No network tests were run for this bundle.</p>;
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">Test</th>
            <th scope="col">Result</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {probes.map((p) => (
            <tr key={p.id}>
              <td>{probeName(p)}</td>
              <td>{probeVerdictWords(p.verdict)}</td>
              <td>{p.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
