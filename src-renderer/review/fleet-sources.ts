/**
 * Where a many-bundle review reads from: bundles chosen in main's dialog (main reads them by path)
 * or bundles dropped on the page (sent as bytes, as one dropped bundle is).
 */
import type { FleetSource } from './FleetReview.js';
import { MAX_DROPPED_BUNDLE_BYTES } from '../../src-shared/ipc-contract.js';
import { readFileBase64 } from '../common/read-file-base64.js';
import { droppedBundles, type DropContents } from './dropped-bundles.js';

/** Bundles main's dialog returned (main trusts exactly these paths). */
export function chosenBundlesSource(paths: string[]): FleetSource {
  return {
    summarize: () => window.zpb.summarizeBundles({ paths }),
    open: (path) => window.zpb.inspectBundle({ path }),
  };
}

/** Bundles dropped on the page, files and folders; read once, reopened by name. */
export function droppedBundlesSource(contents: DropContents): FleetSource {
  const bundles = droppedBundles(contents);
  return {
    async summarize() {
      const list = await bundles;
      if (list.length === 0) throw new Error('No bundles (.zip files) were found in what was dropped.');
      if (list.reduce((sum, b) => sum + b.file.size, 0) > MAX_DROPPED_BUNDLE_BYTES) {
        throw new Error('These bundles are too large to drop here together (over 100 MB). Use the Open several or Open folder button instead.');
      }
      const files = await Promise.all(list.map(async (b) => ({ name: b.name, base64: await readFileBase64(b.file) })));
      return window.zpb.summarizeDroppedBundles({ files });
    },
    async open(name) {
      const bundle = (await bundles).find((b) => b.name === name);
      if (!bundle) throw new Error(`${name} is no longer in the list; drop the bundles again.`);
      return window.zpb.inspectDroppedBundle({ name, base64: await readFileBase64(bundle.file) });
    },
  };
}
