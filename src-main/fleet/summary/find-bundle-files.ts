/**
 * The files `zpb summarize PATH...` reads: each PATH that is a file as given, each folder searched
 * recursively for `*.zip` (links to folders are not followed, so a link loop cannot hang the walk).
 * Nothing found is dropped in silence: a `*.zip` that is not a regular file is passed on (the reader
 * says why it was not read) and a folder that cannot be listed is reported.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { openProblem } from '../../platform/file-kind.js';

/** The files found (absolute, sorted, each once), the paths that do not exist, and the folders that could not be searched. */
export interface FoundBundleFiles {
  files: string[];
  missing: string[];
  /** Folders that could not be listed (no permission): their bundles were not read, and the summary says so. */
  unreadable: Array<{ path: string; reason: string }>;
}

/**
 * Every `*.zip` name under `folder` that is not a folder: a FIFO or device so named is kept, so the
 * reader lists it as not read and why, instead of it vanishing from the count.
 */
async function walk(folder: string, into: Set<string>, unreadable: FoundBundleFiles['unreadable']): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch (error) {
    unreadable.push({ path: folder, reason: `this folder could not be searched: ${openProblem((error as NodeJS.ErrnoException).code).replace('to read it', 'to list it')}` });
    return;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, into, unreadable);
    else if (entry.name.toLowerCase().endsWith('.zip')) into.add(full);
  }
}

/** Expands files and folders into the zip files to read. */
export async function findBundleFiles(paths: readonly string[]): Promise<FoundBundleFiles> {
  const files = new Set<string>();
  const missing: string[] = [];
  const unreadable: FoundBundleFiles['unreadable'] = [];
  for (const given of paths) {
    const full = path.resolve(given);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat) missing.push(given);
    else if (stat.isDirectory()) await walk(full, files, unreadable);
    else files.add(full);
  }
  return { files: [...files].sort(), missing, unreadable };
}
