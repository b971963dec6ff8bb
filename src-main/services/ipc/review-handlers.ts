/**
 * IPC handlers of the admin's review: choosing, dropping and inspecting one bundle, and
 * summarising several. Only paths main chose or wrote are opened; dropped bytes are read from a
 * private copy that is removed again.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expandChosen, summarizeDropped } from '../fleet-review.js';
import { inspectBundle } from '../inspect-bundle.js';
import { summarizeBundles } from '../summarize-bundles.js';
import type { Implementations, IpcContext } from './ipc-context.js';

export type ReviewHandlers = Pick<Implementations, 'chooseBundle' | 'inspectBundle' | 'inspectDroppedBundle' | 'chooseBundles' | 'summarizeBundles' | 'summarizeDroppedBundles'>;

export function reviewHandlers(context: IpcContext): ReviewHandlers {
  const { config, paths, draftDir } = context;
  return {
    async chooseBundle() {
      if (!config.chooseBundleFile) throw new Error('choosing files is not available here');
      const chosen = await config.chooseBundleFile();
      if (chosen) paths.trust(chosen);
      return { path: chosen };
    },
    async inspectDroppedBundle(request) {
      // Written privately and removed again: the result names the dropped file, not the temp copy.
      await fs.mkdir(draftDir, { recursive: true, mode: 0o700 });
      const temp = path.join(draftDir, `dropped-${randomUUID()}.zip`);
      try {
        // Inside the try: a full disk must not leave a partial copy behind either.
        await fs.writeFile(temp, Buffer.from(request.base64, 'base64'), { mode: 0o600, flag: 'wx' });
        return { ...(await inspectBundle(temp)), file: request.name };
      } finally {
        await fs.rm(temp, { force: true });
      }
    },
    async inspectBundle(request) {
      paths.requireTrusted(request.path, 'open the bundle with the Open bundle button');
      return inspectBundle(request.path);
    },
    async chooseBundles(request) {
      if (!config.chooseBundleFiles) throw new Error('choosing files is not available here');
      const files = await expandChosen(await config.chooseBundleFiles(request.folder));
      for (const file of files) paths.trust(file);
      return { paths: files };
    },
    async summarizeBundles(request) {
      for (const file of request.paths) paths.requireTrusted(file, 'open the bundles with the Open several or Open folder button');
      return summarizeBundles(request.paths);
    },
    async summarizeDroppedBundles(request) {
      return summarizeDropped(draftDir, request.files);
    },
  };
}
