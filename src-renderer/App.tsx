/**
 * First screen: the exact error text, its code read live, and one button that collects a bundle
 * and shows where it was saved. All data goes through `window.zpb`.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { CollectResponse } from '../src-shared/ipc-contract.js';
import { readErrorCode } from '../src-shared/error-code.js';

type State =
  | { step: 'form' }
  | { step: 'collecting'; done: string[] }
  | { step: 'done'; result: CollectResponse }
  | { step: 'error'; message: string };

export function App() {
  const [errorText, setErrorText] = useState('');
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [state, setState] = useState<State>({ step: 'form' });
  const code = readErrorCode(errorText);

  useEffect(() => {
    window.zpb
      .getAppInfo({})
      .then((info) => setTimeZone(info.timeZone))
      .catch(() => undefined); // the browser's own zone is a fine default
    return window.zpb.onCollectProgress((event) => {
      if (event.phase === 'collector' && event.state === 'finished') {
        setState((s) => (s.step === 'collecting' ? { ...s, done: [...s.done, `${event.id}: ${event.status}`] } : s));
      }
    });
  }, []);

  async function collect(event: FormEvent) {
    event.preventDefault();
    setState({ step: 'collecting', done: [] });
    try {
      const result = await window.zpb.collectBundle({
        report: { errorText, occurredAt: new Date().toISOString(), timeZone },
        probes: false,
      });
      setState({ step: 'done', result });
    } catch (error) {
      setState({ step: 'error', message: (error as Error).message });
    }
  }

  return (
    <main className="page">
      <h1>Zoom Phone Support Bundle</h1>
      <form onSubmit={collect} aria-describedby="intro">
        <p id="intro">Copy the exact error text Zoom showed you. We collect the rest.</p>
        <label htmlFor="error-text">Error text</label>
        <input
          id="error-text"
          value={errorText}
          onChange={(e) => setErrorText(e.target.value)}
          placeholder="Call failed (code: 2202400)"
          autoFocus
        />
        <p className="hint" aria-live="polite" data-testid="error-code">
          {code ? `Error code ${code.code}${code.meaning ? `: ${code.meaning}` : ''}` : 'The last three digits of the number are the code.'}
        </p>
        <button type="submit" disabled={state.step === 'collecting'}>
          {state.step === 'collecting' ? 'Collecting...' : 'Collect support bundle'}
        </button>
      </form>
      {state.step === 'collecting' && (
        <ul aria-live="polite" className="progress">
          {state.done.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {state.step === 'done' && (
        <section role="status" className="result">
          <h2>Bundle saved</h2>
          <p>
            <code data-testid="bundle-path">{state.result.bundlePath}</code>
          </p>
          <p>
            {state.result.fileCount} files, {state.result.skippedCount} left out.
          </p>
        </section>
      )}
      {state.step === 'error' && (
        <p role="alert" className="error">
          {state.message}
        </p>
      )}
    </main>
  );
}
