/**
 * The admin review screen: open a bundle with main's file dialog (or drop it on the screen) and see
 * its verdict and contents (BundleDetails).
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { InspectResult } from '../../src-shared/inspect-result.js';
import { MAX_DROPPED_BUNDLE_BYTES } from '../../src-shared/ipc-contract.js';
import { errorText } from '../common/error-text.js';
import { readFileBase64 } from '../common/read-file-base64.js';
import { BundleDetails } from './BundleDetails.js';
import { isManyDrop, takeDrop } from './dropped-bundles.js';
import { FleetReview, type FleetSource } from './FleetReview.js';
import { chosenBundlesSource, droppedBundlesSource } from './fleet-sources.js';

type ViewState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'result'; result: InspectResult }
  | { kind: 'fleet'; source: FleetSource };

export function BundleReview() {
  const [view, setView] = useState<ViewState>({ kind: 'empty' });
  const [dragging, setDragging] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function show(load: () => Promise<InspectResult>) {
    setView({ kind: 'loading' });
    try {
      setView({ kind: 'result', result: await load() });
    } catch (error) {
      setView({ kind: 'error', message: errorText(error) });
    }
  }

  async function open() {
    try {
      const chosen = await window.zpb.chooseBundle({});
      if (chosen.path) await show(() => window.zpb.inspectBundle({ path: chosen.path! }));
    } catch (error) {
      setView({ kind: 'error', message: errorText(error) });
    }
  }

  async function openMany(folder: boolean) {
    try {
      const { paths } = await window.zpb.chooseBundles({ folder });
      if (paths.length > 0) setView({ kind: 'fleet', source: chosenBundlesSource(paths) });
    } catch (error) {
      setView({ kind: 'error', message: errorText(error) });
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    // Several files or a folder: the many-bundle view (FleetReview).
    const contents = takeDrop(event.dataTransfer);
    if (isManyDrop(contents)) return setView({ kind: 'fleet', source: droppedBundlesSource(contents) });
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (file.size > MAX_DROPPED_BUNDLE_BYTES) {
      return setView({ kind: 'error', message: 'This bundle is too large to drop here (over 100 MB). Use the Open bundle button instead.' });
    }
    void show(async () => window.zpb.inspectDroppedBundle({ name: file.name, base64: await readFileBase64(file) }));
  }

  return (
    <section
      className={dragging ? 'step dropping' : 'step'}
      aria-labelledby="review-heading"
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id="review-heading" ref={heading} tabIndex={-1}>
        Review a support bundle
      </h2>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void open()}>
          Open bundle…
        </button>
        <button type="button" onClick={() => void openMany(false)}>
          Open several…
        </button>
        <button type="button" onClick={() => void openMany(true)}>
          Open folder…
        </button>
      </div>
      {view.kind === 'empty' && <p className="muted drop-hint">Open a bundle (.zip), or drop one anywhere on this page, to check it and see what happened. Open or drop several, or a folder, to see them grouped: one person, one computer, one network, or everyone.</p>}
      {view.kind === 'loading' && <p role="status">Checking the bundle…</p>}
      {view.kind === 'error' && (
        <p role="alert" className="error">
          {view.message}
        </p>
      )}
      {view.kind === 'result' && <BundleDetails result={view.result} />}
      {view.kind === 'fleet' && <FleetReview source={view.source} />}
    </section>
  );
}
