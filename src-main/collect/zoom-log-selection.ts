/**
 * Chooses which listed Zoom log files go into the bundle and which bytes of each: the time window
 * around the incident, the per-file cap (keep the tail: the newest lines) and the total cap
 * (newest files first). Pure: everything left out comes back as a skipped item with its reason.
 */
import type { SkippedItem } from '../../src-shared/collector-result.js';
import type { LogEncoding } from './log-decoding.js';

/** A file found under a log folder, as it was when listed. */
export interface LogCandidate {
  sourcePath: string;
  bundlePath: string;
  size: number;
  mtimeMs: number;
  kind: 'text' | 'binary';
  /** UTF-16 or gzip text, decoded while the bundle is written. */
  encoding?: LogEncoding;
}

/** A candidate with the byte range [start, size) to copy. */
export interface SelectedLog extends LogCandidate {
  start: number;
  truncated: boolean;
}

/** The window start and the caps, from the incident time and CollectSettings. */
export interface LogSelectionLimits {
  /** Files modified before this instant are out of the window. */
  windowStartMs: number;
  maxFileBytes: number;
  maxTotalBytes: number;
}

/** What goes into the bundle, and what was left out with its reason. */
export interface LogSelection {
  selected: SelectedLog[];
  skipped: SkippedItem[];
  /** Bytes that will be copied. */
  totalBytes: number;
}

/**
 * Log files one bundle holds at most (newest first), so every bundle stays well under the entry
 * count readers accept (MAX_BUNDLE_ENTRIES in bundle/zip-reader.ts).
 */
export const MAX_LOG_FILES = 5000;

/** Below this, filling the last of the total budget with a file's tail is not worth it. */
const MIN_USEFUL_TAIL = 4096;

/** "20 MB", "512 KB", "37 bytes": for reasons a person reads. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** Applies window, per-file cap and total cap; newest files are served first. */
export function selectLogs(candidates: readonly LogCandidate[], limits: LogSelectionLimits): LogSelection {
  const skipped: SkippedItem[] = [];
  const inWindow: LogCandidate[] = [];
  const windowStart = new Date(limits.windowStartMs).toISOString();
  for (const file of candidates) {
    if (file.mtimeMs < limits.windowStartMs) {
      skipped.push({
        source: file.sourcePath,
        reason: `outside the time window: last modified ${new Date(file.mtimeMs).toISOString()}, window starts ${windowStart}`,
      });
    } else {
      inWindow.push(file);
    }
  }
  inWindow.sort((a, b) => b.mtimeMs - a.mtimeMs || a.bundlePath.localeCompare(b.bundlePath));
  const selected: SelectedLog[] = [];
  let remaining = limits.maxTotalBytes;
  for (const file of inWindow) {
    if (selected.length >= MAX_LOG_FILES) {
      skipped.push({ source: file.sourcePath, reason: `over the ${MAX_LOG_FILES}-file cap (newer files came first)` });
      continue;
    }
    if (file.kind === 'binary' && file.size > limits.maxFileBytes) {
      // An encrypted log cut in the middle cannot be decrypted: all or nothing.
      skipped.push({ source: file.sourcePath, reason: `binary file of ${formatBytes(file.size)} over the ${formatBytes(limits.maxFileBytes)} per-file cap` });
      continue;
    }
    const wanted = Math.min(file.size, limits.maxFileBytes);
    const fitsWhole = wanted <= remaining;
    const canTail = file.kind === 'text' && remaining >= MIN_USEFUL_TAIL;
    if (!fitsWhole && !canTail) {
      skipped.push({ source: file.sourcePath, reason: `over the ${formatBytes(limits.maxTotalBytes)} total cap (newer files came first)` });
      continue;
    }
    const kept = fitsWhole ? wanted : remaining;
    const start = file.size - kept;
    if (start > 0) {
      const cap = fitsWhole ? `the ${formatBytes(limits.maxFileBytes)} per-file cap` : `the ${formatBytes(limits.maxTotalBytes)} total cap`;
      skipped.push({ source: file.sourcePath, reason: `oldest ${formatBytes(start)} left out: over ${cap} (kept the newest ${formatBytes(kept)})` });
    }
    selected.push({ ...file, start, truncated: start > 0 });
    remaining -= kept;
  }
  return { selected, skipped, totalBytes: limits.maxTotalBytes - remaining };
}
