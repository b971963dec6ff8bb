/**
 * The many-bundle review: loads the summary, shows it (FleetSummaryView), and opens one bundle's
 * existing detail view (BundleDetails) from it, with a way back to all of them.
 */
import { useEffect, useRef, useState } from 'react';
import type { FleetSummary } from '../../src-shared/fleet/fleet-summary.js';
import type { InspectResult } from '../../src-shared/inspect-result.js';
import { errorText } from '../common/error-text.js';
import { useFocusReturn } from '../common/use-focus-return.js';
import { BundleDetails } from './BundleDetails.js';
import { FleetSummaryView } from './FleetSummary.js';

/** Where the bundles come from: how to summarise them, and how to open one of them. */
export interface FleetSource {
  summarize(): Promise<FleetSummary>;
  open(path: string): Promise<InspectResult>;
}

type Detail = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'result'; result: InspectResult };
type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'summary'; summary: FleetSummary };

export function FleetReview({ source }: { source: FleetSource }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [detail, setDetail] = useState<Detail | null>(null);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    setDetail(null);
    source.summarize().then(
      (summary) => current && setState({ kind: 'summary', summary }),
      (error: unknown) => current && setState({ kind: 'error', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [source]);

  useEffect(() => {
    if (detail) back.current?.focus();
  }, [detail]);

  // "Back to all N bundles" gives focus back to the bundle that was opened, not to the page body.
  const rememberOpener = useFocusReturn(detail !== null);

  async function open(path: string) {
    rememberOpener();
    setDetail({ kind: 'loading' });
    try {
      setDetail({ kind: 'result', result: await source.open(path) });
    } catch (error) {
      setDetail({ kind: 'error', message: errorText(error) });
    }
  }

  if (state.kind === 'loading') return <p role="status">Reading the bundles…</p>;
  if (state.kind === 'error')
    return (
      <p role="alert" className="error">
        {state.message}
      </p>
    );
  return (
    <>
      {/* The summary stays mounted (and its open groups open) while one bundle is shown. */}
      <div hidden={detail !== null}>
        <FleetSummaryView summary={state.summary} onOpen={(path) => void open(path)} />
      </div>
      {detail && (
        <div data-testid="fleet-detail">
          <div className="button-row">
            <button type="button" ref={back} onClick={() => setDetail(null)}>
              Back to all {state.summary.bundles.length} bundles
            </button>
          </div>
          {detail.kind === 'loading' && <p role="status">Checking the bundle…</p>}
          {detail.kind === 'error' && (
            <p role="alert" className="error">
              {detail.message}
            </p>
          )}
          {detail.kind === 'result' && <BundleDetails result={detail.result} />}
        </div>
      )}
    </>
  );
}
