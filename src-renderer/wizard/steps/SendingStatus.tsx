/**
 * On the Done screen of a verified request that names a destination: sending progress, then the
 * receipt ("Sent to IT Service Desk - reference ..."), or why it failed with "Try again" (the
 * bundle stays saved; "Show in folder" above lets the user send it by hand).
 */
import { ErrorNotice } from '../../common/ErrorNotice.js';
import { formatBytes } from '../../common/format-bytes.js';
import type { WizardState } from '../wizard-store.js';

export function SendingStatus({ state, onSendAgain }: { state: WizardState; onSendAgain(): void }) {
  const destination = state.verification?.destination;
  if (!destination) return null;
  const { status, progress, receipt, problem } = state.sending;
  const to = state.request?.helpdesk ?? destination.host;
  return (
    <section className="sending" aria-label="Sending to the help desk" data-testid="sending">
      {(status === 'idle' || status === 'sending') && (
        <>
          <p role="status">
            Sending to {to} ({destination.host})... {progress ? `${progress.percent}% (${formatBytes(progress.sentBytes)} of ${formatBytes(progress.totalBytes)})` : ''}
          </p>
          <progress max={100} value={progress?.percent ?? 0} aria-label="Sending progress" />
        </>
      )}
      {status === 'sent' && receipt && (
        <>
          <p className="banner banner-ok" role="status" data-testid="receipt">
            Sent to {to}
            {receipt.reference ? ` - reference ${receipt.reference}` : ''}.
          </p>
          <dl className="facts">
            <dt>Sent to</dt>
            <dd>
              <code data-testid="receipt-destination">
                {receipt.host}
                {receipt.path}
              </code>
            </dd>
            <dt>Sent</dt>
            <dd>{formatBytes(receipt.bytes)}</dd>
            <dt>Receipt sha256</dt>
            <dd>
              <code data-testid="receipt-sha256">{receipt.sha256}</code>
            </dd>
          </dl>
        </>
      )}
      {status === 'failed' && problem && (
        <>
          <ErrorNotice problem={problem} className="banner banner-warn" />
          <button type="button" className="primary" onClick={onSendAgain}>
            Try again
          </button>
        </>
      )}
    </section>
  );
}
