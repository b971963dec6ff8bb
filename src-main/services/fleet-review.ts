/**
 * The app's many-bundle review: bundles the admin chose in main's dialog (files, or folders
 * searched for *.zip) are trusted and summarised in place; dropped bundles arrive as bytes and are
 * summarised from private temporary copies, removed again, under the names they were dropped with.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { FleetSummary } from '../../src-shared/fleet/fleet-summary.js';
import { renameFleetPaths } from '../../src-shared/fleet/rename-paths.js';
import { MAX_REVIEW_BUNDLES } from '../../src-shared/ipc-contract.js';
import { findBundleFiles } from '../fleet/summary/find-bundle-files.js';
import { summarizeBundles } from './summarize-bundles.js';

/** The zip files under what the dialog returned; throws a plain sentence past the review's limit. */
export async function expandChosen(chosen: readonly string[]): Promise<string[]> {
  const { files } = await findBundleFiles(chosen);
  if (files.length > MAX_REVIEW_BUNDLES) throw new Error(`The folder holds ${files.length} bundles; the review shows at most ${MAX_REVIEW_BUNDLES}. Use zpb summarize for more.`);
  return files;
}

/** Summarises dropped bundles (name and bytes) from private copies in `draftDir`. */
export async function summarizeDropped(draftDir: string, files: ReadonlyArray<{ name: string; base64: string }>): Promise<FleetSummary> {
  await fs.mkdir(draftDir, { recursive: true, mode: 0o700 });
  const names = new Map<string, string>();
  // The copies' names sort as the dropped names do, so the summary lists them in that order.
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const run = randomUUID();
  try {
    for (const [index, file] of sorted.entries()) {
      const temp = path.join(draftDir, `dropped-${run}-${String(index).padStart(5, '0')}.zip`);
      names.set(temp, file.name);
      await fs.writeFile(temp, Buffer.from(file.base64, 'base64'), { mode: 0o600, flag: 'wx' });
    }
    return renameFleetPaths(await summarizeBundles([...names.keys()]), (p) => names.get(p) ?? p);
  } finally {
    await Promise.all([...names.keys()].map((temp) => fs.rm(temp, { force: true })));
  }
}
