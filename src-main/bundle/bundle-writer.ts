/**
 * Writes a bundle zip as a stream: entries one at a time (memory stays flat), each hashed on the
 * bytes actually written, manifest.json last. The zip is built in a temporary file in the target
 * folder and renamed into place only when complete, so a failure never leaves a file that looks
 * like a bundle.
 */
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import {
  BUNDLE_ENTRIES,
  bundleManifestSchema,
  type BundleManifest,
  type ManifestFile,
} from '../../src-shared/bundle-manifest.js';
import type { SkippedItem } from '../../src-shared/collector-result.js';
import type { BundleFileSource } from '../collect/collector.js';
import { HashingStream } from './hash-stream.js';

/** One entry to put in the bundle. */
export type BundleEntry =
  | { kind: 'json'; path: string; source: string; value: unknown }
  | { kind: 'text'; path: string; source: string; text: string }
  | { kind: 'file'; file: BundleFileSource };

export interface WriteBundleOptions {
  /** Final path of the zip. */
  targetPath: string;
  /** Replace an existing file at targetPath (default: refuse). */
  overwrite?: boolean;
  entries: Iterable<BundleEntry> | AsyncIterable<BundleEntry>;
  /** Manifest fields other than files; skipped is extended with files that vanished before reading. */
  manifest: Omit<BundleManifest, 'files'>;
  /** Called with each entry's path once it is in the zip. */
  onEntry?: (file: ManifestFile) => void;
  signal?: AbortSignal;
  /** zlib level, 0-9 (default 6: level 9 buys ~1.6 % for much more CPU, see perf-notes.md). */
  level?: number;
}

export interface WrittenBundle {
  path: string;
  bytes: number;
  manifest: BundleManifest;
}

/** An error whose message is meant for the person running the tool. */
export class BundleWriteError extends Error {
  constructor(
    message: string,
    readonly code: 'exists' | 'no-folder' | 'write-failed' | 'cancelled',
  ) {
    super(message);
    this.name = 'BundleWriteError';
  }
}

// O_NOFOLLOW: a log that became a symlink after it was listed is not followed (not on Windows).
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0);

/** Opens a listed file's byte range; null when it vanished or became unreadable since it was listed. */
async function openSource(file: BundleFileSource): Promise<Readable | null> {
  let handle;
  try {
    handle = await fs.open(file.sourcePath, READ_FLAGS);
  } catch {
    return null;
  }
  if (file.end <= file.start) {
    await handle.close();
    return Readable.from([]);
  }
  return handle.createReadStream({ start: file.start, end: file.end - 1, autoClose: true });
}

function entrySource(entry: BundleEntry): Promise<Readable | null> | Readable {
  switch (entry.kind) {
    case 'json':
      return Readable.from([Buffer.from(`${JSON.stringify(entry.value, null, 2)}\n`, 'utf8')]);
    case 'text':
      return Readable.from([Buffer.from(entry.text, 'utf8')]);
    case 'file':
      return openSource(entry.file);
  }
}

function describe(entry: BundleEntry): Omit<ManifestFile, 'bytes' | 'sha256'> {
  if (entry.kind === 'file') {
    const f = entry.file;
    return { path: f.bundlePath, source: f.source, truncated: f.truncated, kind: f.kind, redactions: 0 };
  }
  return { path: entry.path, source: entry.source, truncated: false, kind: entry.kind === 'json' ? 'json' : 'text', redactions: 0 };
}

async function checkTarget(targetPath: string, overwrite: boolean): Promise<void> {
  const dir = path.dirname(targetPath);
  const dirStat = await fs.stat(dir).catch(() => null);
  if (!dirStat?.isDirectory()) throw new BundleWriteError(`the folder ${dir} does not exist`, 'no-folder');
  if (!overwrite && (await fs.lstat(targetPath).catch(() => null))) {
    throw new BundleWriteError(`${targetPath} already exists; choose another name or allow overwriting`, 'exists');
  }
}

/** Waits until archiver has consumed the entry named `name`, or fails with the archive's error. */
function entryWritten(archive: ZipArchive, name: string, source: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onEntry = (data: { name: string }) => {
      if (data.name !== name) return;
      cleanup();
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      archive.off('entry', onEntry);
      archive.off('error', onError);
      source.off('error', onError);
    };
    archive.on('entry', onEntry);
    archive.on('error', onError);
    source.on('error', onError);
  });
}

/** Writes the bundle atomically and returns its final manifest. */
export async function writeBundle(options: WriteBundleOptions): Promise<WrittenBundle> {
  const targetPath = path.resolve(options.targetPath);
  await checkTarget(targetPath, options.overwrite ?? false);
  const tempPath = path.join(
    path.dirname(targetPath),
    `.${path.basename(targetPath)}.${randomBytes(6).toString('hex')}.partial`,
  );
  const output = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
  const archive = new ZipArchive({ zlib: { level: options.level ?? 6 } });
  const outputDone = finished(output);
  outputDone.catch(() => undefined); // awaited below; failures surface there or through the archive
  archive.pipe(output);
  const files: ManifestFile[] = [];
  const skipped: SkippedItem[] = [...options.manifest.skipped];
  const date = new Date(options.manifest.createdAt);
  try {
    for await (const entry of options.entries) {
      if (options.signal?.aborted) throw new BundleWriteError('cancelled', 'cancelled');
      const source = await entrySource(entry);
      const info = describe(entry);
      if (!source) {
        skipped.push({ source: entry.kind === 'file' ? entry.file.sourcePath : info.path, reason: 'vanished or became unreadable before it could be read' });
        continue;
      }
      const hasher = new HashingStream();
      const written = entryWritten(archive, info.path, source);
      archive.append(source.pipe(hasher), { name: info.path, date });
      await written;
      const file: ManifestFile = { ...info, bytes: hasher.bytes, sha256: hasher.digest() };
      files.push(file);
      options.onEntry?.(file);
    }
    const manifest = bundleManifestSchema.parse({ ...options.manifest, files, skipped });
    archive.append(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), { name: BUNDLE_ENTRIES.manifest, date });
    await archive.finalize();
    await outputDone;
    await fs.rename(tempPath, targetPath);
    return { path: targetPath, bytes: archive.pointer(), manifest };
  } catch (error) {
    archive.abort();
    output.destroy();
    await fs.rm(tempPath, { force: true });
    if (error instanceof BundleWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new BundleWriteError(
      `could not write the bundle${code === 'ENOSPC' ? ': the disk is full' : code === 'EACCES' ? ': no permission to write there' : `: ${(error as Error).message}`}`,
      'write-failed',
    );
  }
}
