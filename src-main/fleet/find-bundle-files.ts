/**
 * The files `zpb summarize PATH...` reads: each PATH that is a file as given, each folder searched
 * recursively for `*.zip` (links to folders are not followed, so a link loop cannot hang the walk).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The files found (absolute, sorted, each once) and the paths that do not exist. */
export interface FoundBundleFiles {
  files: string[];
  missing: string[];
}

async function walk(folder: string, into: Set<string>): Promise<void> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) await walk(full, into);
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.toLowerCase().endsWith('.zip')) into.add(full);
  }
}

/** Expands files and folders into the zip files to read. */
export async function findBundleFiles(paths: readonly string[]): Promise<FoundBundleFiles> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const full = path.resolve(given);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat) missing.push(given);
    else if (stat.isDirectory()) await walk(full, files);
    else files.add(full);
  }
  return { files: [...files].sort(), missing };
}
