/**
 * The help desk's request, above every step: which ticket the bundle is for, who asked, and where
 * to send it once saved. A link that could not be read is said plainly instead.
 */
import { returnToDisplay, type RequestLink } from '../../src-shared/request-link.js';
import type { Problem } from '../common/error-text.js';
import { ErrorNotice } from '../common/ErrorNotice.js';

const PROFILE_WORDS = { standard: 'standard redaction', strict: 'strict redaction (also Wi-Fi and host names hidden)', minimal: 'minimal redaction (only secrets and passwords hidden)' } as const;

/** The settings the request applies, in words. */
function requested(request: RequestLink): string[] {
  const parts: string[] = [];
  if (request.redaction) parts.push(PROFILE_WORDS[request.redaction]);
  if (request.logWindowHours) parts.push(`Zoom logs from the last ${request.logWindowHours} hours`);
  if (request.probes === false) parts.push('no network tests');
  return parts;
}

export function RequestBanner({ request, error, saved }: { request: RequestLink | null; error: Problem | null; saved: boolean }) {
  if (error) return <ErrorNotice problem={error} className="banner banner-warn" />;
  if (!request) return null;
  return (
    <section className="banner banner-info" aria-label="Help desk request" data-testid="request-banner">
      <p>
        <strong>Ticket {request.ticket}</strong>
        {request.helpdesk ? `, requested by ${request.helpdesk}` : ', requested by your help desk'}.
      </p>
      {requested(request).length > 0 && <p data-testid="request-settings">The help desk asks for: {requested(request).join('; ')}.</p>}
      {request.returnTo && (
        <p>
          {saved ? 'Now send the bundle to ' : 'When the bundle is saved, send it to '}
          <strong>{returnToDisplay(request.returnTo)}</strong>.
        </p>
      )}
    </section>
  );
}
