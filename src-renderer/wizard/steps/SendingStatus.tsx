/**
 * On the Done screen of a verified request that names a destination: sending progress with Cancel
 * (at 100 %, that it waits for the server to confirm), then the receipt (where it is stored, when
 * the server answered, its sha256) ("Sent to IT Service Desk - reference ..."), or that it was not sent (cancelled,
 * or why it failed) with "Try again"; the bundle stays saved either way ("Show in folder" below lets
 * the user send it by hand).
 */
import { useEffect, useRef } from 'react';
import { ErrorNotice } from '../../common/ErrorNotice.js';
import { localDateTime } from '../../../src-shared/local-time.js';
import { formatBytes } from '../../common/format-bytes.js';
import type { WizardState } from '../wizard-store.js';

export function SendingStatus({ state, onSendAgain, onCancel }: { state: WizardState; onSendAgain(): void; onCancel(): void }) {
  const destination = state.verification?.destination;
  const { status, progress, receipt, problem, cancelling } = state.sending;
  const again = useRef<HTMLButtonElement>(null);
  // The Cancel button is gone once the send stopped: focus goes to what to do next, not to the page body.
  useEffect(() => {
    if (status === 'cancelled' || status === 'failed') again.current?.focus();
  }, [status]);
  if (!destination) return null;
  const to = state.request?.helpdesk ?? destination.host;
  return (
    <section className="sending" aria-label="Sending to the help desk" data-testid="sending">
      {(status === 'idle' || status === 'sending') && (
        <>
          <p role="status">
            {/* Every byte handed over is not yet received: only the server's answer (the receipt) says so. */}
            {progress && progress.sentBytes >= progress.totalBytes
              ? `Sent all ${formatBytes(progress.totalBytes)} to ${to} (${destination.host}); waiting for its server to confirm it received the bundle…`
              : `Sending to ${to} (${destination.host})... ${progress ? `${progress.percent}% (${formatBytes(progress.sentBytes)} of ${formatBytes(progress.totalBytes)})` : ''}`}
          </p>
          <progress max={100} value={progress?.percent ?? 0} aria-label="Sending progress" />
          <button type="button" onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </>
      )}
      {status === 'sent' && receipt && (
        <>
          <p className="banner banner-ok" role="status" data-testid="receipt">
            Sent to {to}
            {receipt.reference ? ` - reference ${receipt.reference}` : ''}.
          </p>
          <dl className="facts">
            <dt>Stored as</dt>
            <dd>
              <code data-testid="receipt-destination">
                {receipt.host}
                {receipt.path}
              </code>
            </dd>
            <dt>Received</dt>
            <dd data-testid="receipt-time">
              <time dateTime={receipt.sentAt}>{localDateTime(receipt.sentAt)}</time> ({formatBytes(receipt.bytes)})
            </dd>
            <dt>sha256</dt>
            <dd>
              <code data-testid="receipt-sha256">{receipt.sha256}</code>
            </dd>
          </dl>
        </>
      )}
      {status === 'cancelled' && (
        <p className="banner banner-info" role="status" data-testid="send-cancelled">
          Not sent: sending was cancelled. The bundle is still saved on this computer; try again, or show it in its folder and send it yourself.
        </p>
      )}
      {status === 'failed' && problem && <ErrorNotice problem={problem} className="banner banner-warn" />}
      {(status === 'failed' || status === 'cancelled') && (
        <button type="button" className="primary" onClick={onSendAgain} ref={again}>
          Try again
        </button>
      )}
    </section>
  );
}
