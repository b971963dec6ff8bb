/** Step 6: where the bundle is, show it in the folder, copy a ticket summary, start over. */
import { useRef, useState } from 'react';
import { errorText } from '../../common/error-text.js';
import { formatBytes } from '../../common/format-bytes.js';
import { StepFrame } from '../StepFrame.js';
import { ticketSummary } from '../ticket-summary.js';
import type { WizardState } from '../wizard-store.js';

export function DoneStep({ state, onStartOver }: { state: WizardState; onStartOver(): void }) {
  const result = state.result!;
  const summary = ticketSummary(state.form, state.draft?.analysis ?? null, result);
  const summaryBox = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function showInFolder() {
    try {
      await window.zpb.showInFolder({ path: result.bundlePath });
      setMessage(null);
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  }

  async function copySummary() {
    try {
      await navigator.clipboard.writeText(summary);
      setMessage({ text: 'Ticket summary copied. Paste it into your ticket.', error: false });
    } catch {
      // The clipboard API needs a permission the locked-down app may not grant: fall back to a selected copy.
      summaryBox.current?.select();
      const copied = document.execCommand('copy');
      setMessage(copied ? { text: 'Ticket summary copied. Paste it into your ticket.', error: false } : { text: 'The summary is selected below: press Ctrl+C (or Cmd+C) to copy it.', error: false });
    }
  }

  return (
    <StepFrame
      step="done"
      intro={<p>Your support bundle is saved. Attach it to your ticket together with the summary below.</p>}
      actions={
        <button type="button" className="primary" onClick={onStartOver}>
          Start over
        </button>
      }
    >
      <dl className="facts">
        <dt>Bundle</dt>
        <dd>
          <code data-testid="bundle-path">{result.bundlePath}</code>
        </dd>
        <dt>Contents</dt>
        <dd>
          {result.fileCount} files, {formatBytes(result.bytes)}; {result.skippedCount === 1 ? '1 item' : `${result.skippedCount} items`} left out
        </dd>
      </dl>
      <div className="button-row">
        <button type="button" onClick={() => void showInFolder()}>
          Show in folder
        </button>
        <button type="button" onClick={() => void copySummary()}>
          Copy ticket summary
        </button>
      </div>
      <p className={message?.error ? 'error' : 'hint ok'} role="status">
        {message?.text ?? ''}
      </p>
      <div className="field">
        <label htmlFor="ticket-summary">Ticket summary</label>
        <textarea id="ticket-summary" ref={summaryBox} readOnly rows={9} value={summary} data-testid="ticket-summary" />
      </div>
    </StepFrame>
  );
}
