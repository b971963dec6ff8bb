/**
 * Finds Zoom Workplace log files in the OS's log folders and lists them for the bundle.
 * Symbolic links are never followed (nothing outside the log root, no loops); files that must
 * never be collected are recorded as skipped with their reason.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SkippedItem } from '../../src-shared/collector-result.js';
import { resolveZoomLogLocations } from '../platform/zoom-log-locations.js';
import { neverCollectReason } from '../platform/zoom-never-collect.js';
import type { BundleFileSource, Collector } from './collector.js';

/** Encrypted Zoom logs: copied as opaque bytes, never read as text. */
const BINARY_EXTENSIONS = ['.zenc', '.dmp', '.gz', '.zip'];
const MAX_DEPTH = 8;

function isBinaryName(name: string): boolean {
  const lower = name.toLowerCase();
  return BINARY_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

interface Walk {
  files: BundleFileSource[];
  skipped: SkippedItem[];
  problems: string[];
}

async function walk(dir: string, bundleDir: string, depth: number, out: Walk, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    out.problems.push(`${dir}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const inBundle = `${bundleDir}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      out.skipped.push({ source: full, reason: 'symbolic link not followed' });
    } else if (entry.isDirectory()) {
      const reason = neverCollectReason(entry.name, 'dir');
      if (reason) out.skipped.push({ source: full, reason: `never collected: ${reason}` });
      else if (depth >= MAX_DEPTH) out.skipped.push({ source: full, reason: 'folder nested too deep' });
      else await walk(full, inBundle, depth + 1, out, signal);
    } else if (entry.isFile()) {
      await addFile(full, inBundle, out);
    }
  }
}

async function addFile(full: string, inBundle: string, out: Walk): Promise<void> {
  const reason = neverCollectReason(path.basename(full), 'file');
  if (reason) {
    out.skipped.push({ source: full, reason: `never collected: ${reason}` });
    return;
  }
  try {
    const stat = await fs.stat(full);
    out.files.push({
      bundlePath: inBundle,
      sourcePath: full,
      start: 0,
      end: stat.size,
      kind: isBinaryName(full) ? 'binary' : 'text',
      truncated: false,
      source: 'zoom-logs',
    });
  } catch (error) {
    out.problems.push(`${full}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
}

/** Lists the Zoom log files of every known location for this OS. */
export const zoomLogsCollector: Collector<{ locations: { id: string; path: string; found: boolean }[] }> = {
  id: 'zoom-logs',
  deadlineMs: 15000,
  section: { file: 'system.json', key: 'zoomLogs' },
  async run({ environment, signal }) {
    const out: Walk = { files: [], skipped: [], problems: [] };
    const locations = [];
    for (const location of resolveZoomLogLocations(environment)) {
      const stat = await fs.lstat(location.absolutePath).catch(() => null);
      const found = stat !== null && (location.kind === 'dir' ? stat.isDirectory() : stat.isFile());
      locations.push({ id: location.id, path: location.absolutePath, found });
      if (!found) continue;
      const bundleDir = `logs/zoom/${location.id}`;
      if (location.kind === 'dir') await walk(location.absolutePath, bundleDir, 0, out, signal);
      else await addFile(location.absolutePath, `${bundleDir}/${path.basename(location.absolutePath)}`, out);
    }
    const foundAny = locations.some((l) => l.found);
    return {
      status: !foundAny ? 'skipped' : out.problems.length > 0 ? 'partial' : 'ok',
      message: !foundAny
        ? 'no Zoom Workplace log folder found'
        : `${out.files.length} file(s)` + (out.problems.length ? `; unreadable: ${out.problems.join('; ')}` : ''),
      data: { locations },
      files: out.files,
      skipped: out.skipped,
    };
  },
};
