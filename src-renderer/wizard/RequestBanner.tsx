/**
 * The help desk's request, above every step: which ticket the bundle is for, who asked, whether the
 * link was signed and verified, and where the bundle goes once saved. A link that could not be read
 * (or a signed request that was refused) is said plainly instead.
 */
import type { RequestVerification } from '../../src-shared/ipc-contract.js';
import { returnToDisplay, type RequestLink } from '../../src-shared/request-link.js';
import type { Problem } from '../common/error-text.js';
import { ErrorNotice } from '../common/ErrorNotice.js';
import { PolicyMark } from '../common/PolicyMark.js';

const PROFILE_WORDS = { standard: 'standard redaction', strict: 'strict redaction (also Wi-Fi and host names hidden)', minimal: 'minimal redaction (only secrets and passwords hidden)' } as const;

/** The settings the request applies, in words. */
function requested(request: RequestLink): string[] {
  const parts: string[] = [];
  if (request.redaction) parts.push(PROFILE_WORDS[request.redaction]);
  if (request.logWindowHours) parts.push(`Zoom logs from the last ${request.logWindowHours} hours`);
  if (request.probes === false) parts.push('no network tests');
  return parts;
}

/** Who signed the request (verified), that a signed one was used, or that an unsigned link is not verified and can send nothing. */
function Verification({ request, verification, saved, spent }: { request: RequestLink; verification: RequestVerification | null; saved: boolean; spent: boolean }) {
  if (verification?.signed) {
    const signer = request.helpdesk ? `${request.helpdesk} (key ${verification.kid})` : `key ${verification.kid}`;
    return (
      <p data-testid="request-signer">
        <strong>Verified:</strong> signed by {signer}, a key your organisation trusts.
        {verification.destination && (
          <>
            {' '}
            {saved ? 'The bundle goes to ' : 'The bundle will be sent to '}
            <strong>{verification.destination.host}</strong>
            {saved ? '.' : ' once you save it.'}
          </>
        )}
      </p>
    );
  }
  if (spent) {
    return (
      <p data-testid="request-spent">
        <strong>Already used:</strong> this signed request made its bundle. Its answers are kept; a new bundle is saved on this
        computer and sent nowhere. To send another, ask the help desk for a new link.
      </p>
    );
  }
  return (
    <p data-testid="request-unverified">
      <strong>Not verified:</strong> this link is not signed, so it can only fill in answers
      {verification?.uploadIgnored ? '; the upload address in it is ignored and nothing is sent anywhere' : ''}
      {verification?.ignoredFields?.includes('return') ? '; where it says to send the bundle is ignored' : ''}
      {verification?.ignoredFields?.includes('redaction') ? '; it cannot lower how much is hidden, so the standard redaction applies' : ''}.
    </p>
  );
}

export function RequestBanner({
  request,
  error,
  saved,
  verification,
  spent = false,
  signedOnly,
  onSendSaved,
  chooseProblem,
}: {
  request: RequestLink | null;
  error: Problem | null;
  saved: boolean;
  verification: RequestVerification | null;
  /** The signed request already made its bundle (after "start over"). */
  spent?: boolean;
  /** The policy's "Set by your organisation" sentence when only signed requests are accepted. */
  signedOnly?: string;
  /** "Send a saved bundle…": offered for a verified request that names where, before a new bundle is made. */
  onSendSaved?: () => void;
  /** Why the chosen bundle cannot be sent. */
  chooseProblem?: Problem | null;
}) {
  if (error) return <ErrorNotice problem={error} className="banner banner-warn" />;
  if (!request) return null;
  return (
    <section className="banner banner-info" aria-label="Help desk request" data-testid="request-banner">
      <p>
        <strong>Ticket {request.ticket}</strong>
        {request.helpdesk ? `, requested by ${request.helpdesk}` : ', requested by your help desk'}.
      </p>
      {requested(request).length > 0 && <p data-testid="request-settings">The help desk asks for: {requested(request).join('; ')}.</p>}
      <Verification request={request} verification={verification} saved={saved} spent={spent} />
      {verification?.signed && verification.destination && onSendSaved && (
        <div className="button-row" data-testid="send-saved">
          <p className="hint">Already saved a bundle for this ticket (a send that failed or was interrupted)? Send that file instead.</p>
          <button type="button" onClick={onSendSaved}>
            Send a saved bundle…
          </button>
        </div>
      )}
      {chooseProblem && <ErrorNotice problem={chooseProblem} className="banner banner-warn" />}
      {signedOnly && <PolicyMark id="request-signed-policy" text={signedOnly} testId="policy-mark-signed" />}
      {request.returnTo && !verification?.destination && (
        <p>
          {saved ? 'Now send the bundle to ' : 'When the bundle is saved, send it to '}
          <strong>{returnToDisplay(request.returnTo)}</strong>.
        </p>
      )}
    </section>
  );
}
