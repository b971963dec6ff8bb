/**
 * "A newer version is available" when the organisation's update feed (set by policy; off by
 * default) names one. The app never installs anything: the button opens the version's page, and
 * the user (or the organisation's software deployment) installs it. Nothing shows when updates are
 * off, current, or the feed could not be read (a failed check is not the user's problem).
 */
import { useEffect, useState } from 'react';
import type { UpdateStatus } from '../../src-shared/ipc-contract.js';
import { errorText } from './error-text.js';

export function UpdateNotice() {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    window.zpb
      .checkForUpdate({})
      .then(setStatus)
      .catch(() => setStatus(null));
  }, []);

  if (status?.kind !== 'available' || dismissed) return null;
  return (
    <aside className="banner banner-info update-notice" aria-label="Update available" data-testid="update-notice">
      <p role="status">
        Version {status.version} of this app is available from your organisation.
        {status.notes && <span className="muted"> {status.notes}</span>}
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            setError(null);
            window.zpb.openUpdatePage({}).catch((e: unknown) => setError(errorText(e)));
          }}
        >
          Get version {status.version}
        </button>
        <button type="button" className="link" onClick={() => setDismissed(true)}>
          Not now
        </button>
      </div>
      {error && <p className="error">{error}</p>}
    </aside>
  );
}
