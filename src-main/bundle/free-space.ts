/**
 * Free space before writing a bundle: a full disk is said up front, in one line with the size
 * needed, instead of failing half-way through a large log.
 */
import { promises as fs } from 'node:fs';
import type { BundleFileSource } from '../collect/collector.js';
import { BundleWriteError } from './bundle-write-error.js';

/** Deflate takes text logs to well under a quarter of their size; this errs on the side of "needs more". */
const TEXT_SHARE = 0.25;
/** Generated JSON, README, manifest and the zip's own records. */
const OVERHEAD_BYTES = 256 * 1024;

/** About how many bytes a bundle of these entries takes: text compressed, binary as is. */
export function estimateBundleBytes(entries: Iterable<{ kind: string; file?: BundleFileSource }>): number {
  let bytes = OVERHEAD_BYTES;
  for (const entry of entries) {
    if (entry.kind !== 'file' || !entry.file) continue;
    const size = Math.max(0, entry.file.end - entry.file.start);
    bytes += entry.file.kind === 'text' ? Math.ceil(size * TEXT_SHARE) : size;
  }
  return bytes;
}

/** Bytes an unprivileged writer may still use in `dir`, or null where the OS does not say. */
export async function freeBytes(dir: string): Promise<number | null> {
  try {
    const stat = await fs.statfs(dir);
    return stat.bavail * stat.bsize;
  } catch {
    return null;
  }
}

/** The one-line error for a full disk. */
export function notEnoughSpace(dir: string, neededBytes: number): BundleWriteError {
  const mb = Math.max(1, Math.ceil(neededBytes / (1024 * 1024)));
  return new BundleWriteError(`not enough space on ${dir} (needs about ${mb} MB)`, 'no-space');
}
