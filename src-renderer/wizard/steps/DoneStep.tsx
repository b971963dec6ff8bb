/**
 * Step 6: a clear success mark; sending to the help desk when a verified request says where; the
 * primary actions (show the file, and with a help-desk request email the help desk); the file's
 * name, size and sha256; the ticket summary to copy; start over.
 */
import { useRef, useState } from 'react';
import { errorText } from '../../common/error-text.js';
import { formatBytes } from '../../common/format-bytes.js';
import { count } from '../../../src-shared/plural-words.js';
import { StepFrame } from '../StepFrame.js';
import { SendingStatus } from './SendingStatus.js';
import { fileName, ticketSummary } from '../ticket-summary.js';
import type { SendingState, WizardState } from '../wizard-store.js';

/** What the success line says of sending: "sent" only once the server's receipt is there. */
const SENDING_SENTENCE: Record<SendingState['status'], string> = {
  idle: 'Sending it to your help desk…',
  sending: 'Sending it to your help desk…',
  sent: 'It was sent to your help desk: the receipt is below.',
  failed: 'It was not sent to your help desk (see below).',
  cancelled: 'It was not sent to your help desk (see below).',
};

/** Copies the text; returns what to tell the person. */
async function copyText(text: string, box: HTMLTextAreaElement | null): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Ticket summary copied. Paste it into your ticket.';
  } catch {
    // The clipboard API needs a permission the locked-down app may not grant: fall back to a selected copy.
    box?.select();
    return document.execCommand('copy') ? 'Ticket summary copied. Paste it into your ticket.' : 'The summary is selected below: press Ctrl+C (or Cmd+C) to copy it.';
  }
}

/** The saved file: name, folder, size and sha256. */
function SavedFileFacts({ result }: { result: NonNullable<WizardState['result']> }) {
  return (
    <dl className="facts">
      <dt>File</dt>
      <dd>
        <code data-testid="bundle-name">{fileName(result.bundlePath)}</code>
      </dd>
      <dt>Saved in</dt>
      <dd>
        <code data-testid="bundle-path">{result.bundlePath}</code>
      </dd>
      <dt>Size</dt>
      <dd data-testid="bundle-size">
        {formatBytes(result.bytes)} ({count(result.fileCount, 'file')}; {count(result.skippedCount, 'item')} left out)
      </dd>
      <dt>sha256</dt>
      <dd>
        <code data-testid="bundle-sha256">{result.sha256}</code>
      </dd>
    </dl>
  );
}

export function DoneStep({ state, onStartOver, onSendAgain, onCancelSend }: { state: WizardState; onStartOver(): void; onSendAgain(): void; onCancelSend(): void }) {
  const result = state.result!;
  const request = state.request;
  const summary = ticketSummary(state.form, state.draft?.analysis ?? null, result, request);
  const summaryBox = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const sends = Boolean(state.verification?.destination);
  const mailTo = !sends && request?.returnTo?.toLowerCase().startsWith('mailto:') ? request.returnTo : null;

  async function run(action: () => Promise<unknown>, done: string | null) {
    try {
      await action();
      setMessage(done ? { text: done, error: false } : null);
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    }
  }

  async function copySummary() {
    setMessage({ text: await copyText(summary, summaryBox.current), error: false });
  }

  const email = () =>
    window.zpb.emailHelpDesk({
      to: mailTo!,
      subject: `Zoom Phone support bundle for ticket ${request!.ticket}`,
      body: `${summary}\n\nPlease find the bundle ${fileName(result.bundlePath)} attached.`,
    });

  return (
    <StepFrame
      step="done"
      intro={
        <p className="banner banner-ok success" data-testid="success">
          <span className="success-mark" aria-hidden="true">
            ✓
          </span>{' '}
          Your support bundle is saved.{' '}
          {sends ? SENDING_SENTENCE[state.sending.status] : mailTo ? 'Email it to your help desk, attaching the file.' : 'Attach it to your ticket together with the summary below.'}
        </p>
      }
      actions={
        <button type="button" onClick={onStartOver}>
          Start over
        </button>
      }
    >
      <SendingStatus state={state} onSendAgain={onSendAgain} onCancel={onCancelSend} />
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void run(() => window.zpb.showInFolder({ path: result.bundlePath }), null)}>
          Show in folder
        </button>
        {mailTo && (
          <button type="button" className="primary" onClick={() => void run(email, 'Your mail app is opening with the summary. Attach the bundle file, then send.')}>
            Email the help desk
          </button>
        )}
        <button type="button" onClick={() => void copySummary()}>
          Copy ticket summary
        </button>
      </div>
      <p className={message?.error ? 'error' : 'hint ok'} role="status">
        {message?.text ?? ''}
      </p>
      <SavedFileFacts result={result} />
      <div className="field">
        <label htmlFor="ticket-summary">Ticket summary</label>
        <textarea id="ticket-summary" ref={summaryBox} readOnly rows={9} value={summary} data-testid="ticket-summary" />
      </div>
    </StepFrame>
  );
}
