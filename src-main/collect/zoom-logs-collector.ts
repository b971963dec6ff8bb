/**
 * Finds Zoom Workplace log files in the OS's log folders and chooses what goes into the bundle:
 * files modified within the window before the incident, each capped to its newest bytes, newest
 * files first up to the total cap (zoom-log-selection.ts). Symbolic links are never followed
 * (nothing outside the log root, no loops), and a log root reached through a link must stay in
 * this account's folders (account-reach.ts); files that must never be collected, and everything
 * else left out, are recorded as skipped with their reason.
 */
import { count } from '../../src-shared/plural-words.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { isBinaryFile } from 'isbinaryfile';
import type { SkippedItem } from '../../src-shared/collector-result.js';
import { outOfAccountReach } from '../platform/account-reach.js';
import { resolveZoomLogLocations } from '../platform/zoom-log-locations.js';
import { neverCollectReason } from '../platform/zoom-never-collect.js';
import { alignToLine } from './align-to-line.js';
import { decodedStart, detectLogEncoding } from './log-decoding.js';
import type { BundleFileSource, Collector } from './collector.js';
import { formatBytes, selectLogs, type LogCandidate, type SelectedLog } from './zoom-log-selection.js';
import type { ZoomLogsData } from '../../src-shared/system-json.js';

/** Encrypted Zoom logs, dumps and archives: copied as opaque bytes, never read as text (content is sniffed too). */
const BINARY_EXTENSIONS = ['.zenc', '.dmp', '.gz', '.zip', '.db'];
const MAX_DEPTH = 8;

function isBinaryName(name: string): boolean {
  const lower = name.toLowerCase();
  return BINARY_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * A file or folder name as it can stand in a zip path. Linux and macOS allow "\\" in names, but zip
 * tools (archiver included) read it as a folder separator, and the manifest refuses it.
 */
function zipSafeName(name: string): string {
  return name.replace(/\\/g, '_');
}

/** Gives renamed files that now clash with another file's path a "~2" (or higher) before the extension. */
function makeUnique(candidates: LogCandidate[], renamed: ReadonlySet<LogCandidate>): void {
  // Files whose names needed no change keep them; only renamed ones move aside.
  const taken = new Set(candidates.filter((c) => !renamed.has(c)).map((c) => c.bundlePath));
  for (const candidate of candidates.filter((c) => renamed.has(c))) {
    const ext = path.posix.extname(candidate.bundlePath);
    const stem = candidate.bundlePath.slice(0, candidate.bundlePath.length - ext.length);
    let unique = candidate.bundlePath;
    for (let n = 2; taken.has(unique); n++) unique = `${stem}~${n}${ext}`;
    candidate.bundlePath = unique;
    taken.add(unique);
  }
}

interface Walk {
  candidates: LogCandidate[];
  /** Candidates whose bundle path differs from their name on disk (zipSafeName). */
  renamed: Set<LogCandidate>;
  skipped: SkippedItem[];
  problems: string[];
  entries: number;
  maxEntries: number;
  /** performance.now() after which the listing stops (a folder tree that never ends, a slow network share). */
  stopAt: number;
  maxWalkMs: number;
  /** Set once a limit stopped the listing, so the reason is said once. */
  stopped: boolean;
}

/** Whether a limit says to stop listing; records the reason once, naming the folder where it stopped. */
function walkLimitReached(out: Walk, dir: string): boolean {
  if (out.stopped) return true;
  let reason: string | undefined;
  if (out.entries >= out.maxEntries) reason = `listing stopped after ${out.maxEntries} entries; the rest of this folder was not looked at`;
  else if (performance.now() >= out.stopAt) reason = `listing stopped after ${out.maxWalkMs} ms; the rest of this folder was not looked at`;
  if (!reason) return false;
  out.stopped = true;
  out.skipped.push({ source: dir, reason });
  return true;
}

function problem(out: Walk, where: string, error: unknown): void {
  out.problems.push(`${where}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
}

async function walk(dir: string, bundleDir: string, depth: number, out: Walk, signal: AbortSignal, renamedAbove = false): Promise<void> {
  signal.throwIfAborted();
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    problem(out, dir, error);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (walkLimitReached(out, dir)) return;
    out.entries++;
    const safeName = zipSafeName(entry.name);
    const inBundle = `${bundleDir}/${safeName}`;
    const renamed = renamedAbove || safeName !== entry.name;
    if (entry.isSymbolicLink()) {
      out.skipped.push({ source: full, reason: 'symbolic link not followed' });
    } else if (entry.isDirectory()) {
      const reason = neverCollectReason(entry.name, 'dir');
      if (reason) out.skipped.push({ source: full, reason: `never collected: ${reason}` });
      else if (depth >= MAX_DEPTH) out.skipped.push({ source: full, reason: 'folder nested too deep' });
      else await walk(full, inBundle, depth + 1, out, signal, renamed);
    } else if (entry.isFile()) {
      await addFile(full, inBundle, out, renamed);
    } else {
      out.skipped.push({ source: full, reason: 'not a regular file' });
    }
  }
}

async function addFile(full: string, inBundle: string, out: Walk, renamed: boolean): Promise<void> {
  const reason = neverCollectReason(path.basename(full), 'file');
  if (reason) {
    out.skipped.push({ source: full, reason: `never collected: ${reason}` });
    return;
  }
  try {
    // lstat: a file swapped for a symlink since readdir is still not followed.
    const stat = await fs.lstat(full);
    if (!stat.isFile()) {
      out.skipped.push({ source: full, reason: 'not a regular file' });
      return;
    }
    await fs.access(full, fs.constants.R_OK);
    // Binary content under a text name (a dump, a renamed archive) must not go through text redaction either.
    // UTF-16 and rotated .log.gz logs are text once decoded (log-decoding.ts); a .gz one loses its suffix.
    const encoding = stat.size > 0 ? await detectLogEncoding(full) : null;
    const binary = !encoding && (isBinaryName(full) || (stat.size > 0 && (await isBinaryFile(full))));
    const bundlePath = encoding === 'gzip' ? inBundle.slice(0, -3) : inBundle;
    const candidate: LogCandidate = { sourcePath: full, bundlePath, size: stat.size, mtimeMs: stat.mtimeMs, kind: binary ? 'binary' : 'text', ...(encoding ? { encoding } : {}) };
    out.candidates.push(candidate);
    if (renamed || encoding === 'gzip') out.renamed.add(candidate);
  } catch (error) {
    // Deleted since the listing, or no permission: the rest of the folder still counts.
    out.skipped.push({ source: full, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
  }
}

function toSource(file: SelectedLog): BundleFileSource {
  return {
    bundlePath: file.bundlePath,
    sourcePath: file.sourcePath,
    start: file.start,
    end: file.size,
    kind: file.kind,
    ...(file.encoding ? { encoding: file.encoding } : {}),
    truncated: file.truncated && !(file.encoding === 'gzip'),
    source: 'zoom-logs',
  };
}

/** Limits of the log walk (tests lower them). */
export interface ZoomLogsOptions {
  /** Entries listed in all before giving up on a huge folder (default 20 000: no real log folder has that many). */
  maxEntries?: number;
  /** Milliseconds of listing before giving up (default 5000, a third of the collector's deadline). */
  maxWalkMs?: number;
}

/** Lists the Zoom log files of every known location for this OS and applies the window and caps. */
export function createZoomLogsCollector(options: ZoomLogsOptions = {}): Collector<ZoomLogsData> {
  return {
    id: 'zoom-logs',
    deadlineMs: 15000,
    section: { file: 'system.json', key: 'zoomLogs' },
    listsFiles: true,
    async run({ environment, report, settings, signal }) {
      const maxWalkMs = options.maxWalkMs ?? 5000;
      const out: Walk = {
        candidates: [],
        renamed: new Set(),
        skipped: [],
        problems: [],
        entries: 0,
        maxEntries: options.maxEntries ?? 20_000,
        stopAt: performance.now() + maxWalkMs,
        maxWalkMs,
        stopped: false,
      };
      const locations = [];
      for (const location of resolveZoomLogLocations(environment)) {
        const own = await fs.lstat(location.absolutePath).catch(() => null);
        // The location itself may be a link (logs moved to another disk): that one is followed.
        // Links inside it never are (walk() skips them), so nothing outside the log root is read.
        const linkedTo = own?.isSymbolicLink() ? await fs.realpath(location.absolutePath).catch(() => undefined) : undefined;
        const stat = own?.isSymbolicLink() ? await fs.stat(location.absolutePath).catch(() => null) : own;
        const found = stat !== null && (location.kind === 'dir' ? stat.isDirectory() : stat.isFile());
        locations.push({ id: location.id, path: location.absolutePath, found, unconfirmed: location.unconfirmed ?? false, ...(linkedTo ? { linkedTo } : {}) });
        if (!found) continue;
        // A link on the way (the location or a folder above it) must stay in this account's folders:
        // a link to root's folders would have a root run copy root-only files into the bundle.
        const outOfReach = outOfAccountReach(location.absolutePath);
        if (outOfReach) {
          out.skipped.push({ source: location.absolutePath, reason: outOfReach });
          continue;
        }
        const bundleDir = `logs/zoom/${location.id}`;
        if (location.kind === 'dir') await walk(location.absolutePath, bundleDir, 0, out, signal);
        else {
          const name = path.basename(location.absolutePath);
          await addFile(location.absolutePath, `${bundleDir}/${zipSafeName(name)}`, out, zipSafeName(name) !== name);
        }
      }
      makeUnique(out.candidates, out.renamed);
      const windowStartMs = Date.parse(report.occurredAt) - settings.logWindowHours * 3600_000;
      const selection = selectLogs(out.candidates, { windowStartMs, maxFileBytes: settings.maxFileBytes, maxTotalBytes: settings.maxTotalBytes });
      const files = [];
      for (const file of selection.selected) {
        const aligned = file.kind === 'text' ? await alignToLine(file.sourcePath, file.start, file.size) : file.start;
        const start = file.encoding ? decodedStart(file.encoding, aligned) : aligned;
        files.push(toSource({ ...file, start }));
      }
      files.sort((a, b) => a.bundlePath.localeCompare(b.bundlePath));
      const foundAny = locations.some((l) => l.found);
      const truncated = files.filter((f) => f.truncated).length;
      const summary =
        `${files.length} of ${count(out.candidates.length, 'file')}, ${formatBytes(selection.totalBytes)}` +
        (truncated ? `, ${truncated} cut to their newest bytes` : '');
      return {
        status: !foundAny ? 'skipped' : out.problems.length > 0 ? 'partial' : 'ok',
        message: !foundAny ? 'no Zoom Workplace log folder found' : summary + (out.problems.length ? `; unreadable: ${out.problems.join('; ')}` : ''),
        data: {
          locations,
          window: { from: new Date(windowStartMs).toISOString(), to: environment.now().toISOString(), hours: settings.logWindowHours },
          caps: { maxFileBytes: settings.maxFileBytes, maxTotalBytes: settings.maxTotalBytes },
          found: out.candidates.length,
          included: files.length,
          truncated,
          includedBytes: files.reduce((sum, f) => sum + f.end - f.start, 0),
        },
        files,
        skipped: [...out.skipped, ...selection.skipped],
      };
    },
  };
}

/** The collector with its default limits. */
export const zoomLogsCollector = createZoomLogsCollector();
