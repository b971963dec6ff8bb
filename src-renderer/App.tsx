/**
 * The app shell: a header that switches between reporting a problem (the wizard) and reviewing a
 * bundle (for admins). The system time zone comes from main; the browser's is the fallback.
 */
import { useEffect, useState } from 'react';
import { UpdateNotice } from './common/UpdateNotice.js';
import { BundleReview } from './review/BundleReview.js';
import { Wizard } from './wizard/Wizard.js';

type Mode = 'report' | 'review';

export function App() {
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('report');

  useEffect(() => {
    const fallback = Intl.DateTimeFormat().resolvedOptions().timeZone;
    window.zpb
      .getAppInfo({})
      .then((info) => setTimeZone(info.timeZone || fallback))
      .catch(() => setTimeZone(fallback)); // the browser's own zone is a fine default
  }, []);

  return (
    <>
      <header className="app-header">
        <h1>Zoom Phone Support Bundle</h1>
        <nav aria-label="Mode">
          <button type="button" className="tab" aria-pressed={mode === 'report'} onClick={() => setMode('report')}>
            Report a problem
          </button>
          <button type="button" className="tab" aria-pressed={mode === 'review'} onClick={() => setMode('review')}>
            Review a bundle
          </button>
        </nav>
      </header>
      <main className="page">
        <UpdateNotice />
        {/* The wizard stays mounted while an admin looks at a bundle, so nothing typed is lost. */}
        <div hidden={mode !== 'report'}>{timeZone ? <Wizard timeZone={timeZone} /> : <p role="status">Loading…</p>}</div>
        {mode === 'review' && <BundleReview />}
      </main>
    </>
  );
}
