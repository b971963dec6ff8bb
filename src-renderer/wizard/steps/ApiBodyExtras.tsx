/** API request extras: the pasted response body, parsed into the field-level problems to fix before retrying. */
import type { Dispatch } from 'react';
import { parseApiErrorBody } from '../../../src-shared/api-error-body.js';
import type { WizardForm } from '../wizard-form.js';
import type { WizardAction } from '../wizard-store.js';

export function ApiBodyExtras({ form, dispatch }: { form: WizardForm; dispatch: Dispatch<WizardAction> }) {
  const reading = form.apiResponseBody.trim() ? parseApiErrorBody(form.apiResponseBody) : null;
  return (
    <fieldset className="extras">
      <legend>About the API request</legend>
      <div className="field">
        <label htmlFor="api-body">Response body</label>
        <textarea id="api-body" rows={4} value={form.apiResponseBody} onChange={(e) => dispatch({ type: 'edit', patch: { apiResponseBody: e.target.value } })} aria-describedby="api-reading" spellCheck={false} />
        <div id="api-reading" aria-live="polite" data-testid="api-reading">
          {reading === null ? (
            <p className="hint">Paste the JSON the API returned. Read it before retrying: it names the field to fix.</p>
          ) : !reading.ok ? (
            <p className="hint warning">{reading.reason}</p>
          ) : (
            <div className="api-reading">
              <p>
                <strong>Code {reading.code ?? '(none)'}</strong>
                {reading.message ? `: ${reading.message}` : ''} {reading.hint}
              </p>
              {reading.fieldProblems.length > 0 && (
                <table>
                  <caption className="visually-hidden">Fields the API rejected</caption>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Problem</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reading.fieldProblems.map((f) => (
                      <tr key={`${f.field}:${f.message}`}>
                        <td>
                          <code>{f.field}</code>
                        </td>
                        <td>{f.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          )}
        </div>
      </div>
    </fieldset>
  );
}
