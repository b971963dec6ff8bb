/**
 * Reads a zip entry by entry as streams (yauzl), so verifying a bundle of any size keeps memory flat.
 * A zip whose central directory declares more entries than a bundle ever has is refused before
 * any entry is read: 400 000 empty entries fit in 36 MB and took tens of seconds to walk.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { openProblem } from '../platform/file-kind.js';

/** A zip that cannot be read at all (not a zip, truncated, corrupt central directory). */
export class NotAZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAZipError';
  }
}

/**
 * Entries a zip may declare to be read as a bundle. The app writes a dozen files beside the logs,
 * and at most MAX_LOG_FILES logs (zoom-log-selection.ts): a few thousand at the very most.
 */
export const MAX_BUNDLE_ENTRIES = 10_000;

/** A zip that declares more entries than a bundle can have: refused before anything is read. */
export class TooManyEntriesError extends Error {
  constructor(readonly entryCount: number) {
    super(`the zip declares ${entryCount} entries; a bundle has at most ${MAX_BUNDLE_ENTRIES}, so it was not read`);
    this.name = 'TooManyEntriesError';
  }
}

/** A file that could not be opened at all (no permission, gone): its message says why in words, without the path. */
export class ZipUnreadableError extends Error {
  constructor(readonly code: string | undefined) {
    super(openProblem(code));
    this.name = 'ZipUnreadableError';
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true }, (error, zip) => {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      // An error of the file system (EACCES) is not the zip's fault: said in words, not as Node's raw line.
      if (code) reject(new ZipUnreadableError(code));
      else if (error || !zip) reject(new NotAZipError(error?.message ?? 'not a zip file'));
      else if (zip.entryCount > MAX_BUNDLE_ENTRIES) {
        // yauzl reads exactly entryCount records: the declared count bounds the walk.
        zip.close();
        reject(new TooManyEntriesError(zip.entryCount));
      } else resolve(zip);
    });
  });
}

/** An entry's sizes as the zip's central directory declares them (yauzl stops a stream that runs past them). */
export interface ZipEntrySizes {
  compressed: number;
  uncompressed: number;
}

/** What an entry's handler calls when it is done with it: read the next, stop the walk, or fail it. */
interface WalkStep {
  zip: yauzl.ZipFile;
  next(): void;
  stop(): void;
  fail(error: Error): void;
}

/** Walks the file entries in central-directory order; each waits until its handler calls a step. */
async function walkZip(file: string, onEntry: (entry: yauzl.Entry, sizes: ZipEntrySizes, step: WalkStep) => void): Promise<void> {
  const zip = await openZip(file);
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    const step: WalkStep = {
      zip,
      next: () => zip.readEntry(),
      stop: () => {
        zip.close();
        resolve();
      },
      fail,
    };
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      onEntry(entry, { compressed: entry.compressedSize, uncompressed: entry.uncompressedSize }, step);
    });
    zip.readEntry();
  });
}

/**
 * Calls `visit` for every file entry in order with a stream of its uncompressed bytes; the next
 * entry waits for `visit`. A visit that returns false stops the walk (the rest is not read).
 */
export async function forEachZipEntry(file: string, visit: (name: string, content: Readable, sizes: ZipEntrySizes) => Promise<void | false>): Promise<void> {
  await walkZip(file, (entry, sizes, step) => {
    step.zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return step.fail(error ?? new Error(`cannot read ${entry.fileName}`));
      visit(entry.fileName, stream, sizes).then((more) => {
        if (more !== false) return step.next();
        stream.destroy();
        step.stop();
      }, step.fail);
    });
  });
}

/** Reads every entry into memory: for small bundles and tests. */
export async function readZipEntries(file: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  await forEachZipEntry(file, async (name, content) => {
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(chunk as Buffer);
    entries.set(name, Buffer.concat(chunks));
  });
  return entries;
}

/** An entry as the zip's central directory lists it. */
export interface ZipDirectoryEntry {
  name: string;
  sizes: ZipEntrySizes;
}

/** What readSelectedEntries found: the whole central directory, and the chosen entries' bytes. */
export interface SelectedEntries {
  /** Every file entry in central-directory order (names may repeat in a crafted zip). */
  directory: ZipDirectoryEntry[];
  /** The chosen entries' uncompressed bytes (the first copy of a repeated name). */
  contents: Map<string, Buffer>;
}

/**
 * Walks the central directory and decompresses only the entries `choose` picks (a bundle's small
 * JSON files), so reading one costs the same whatever the size of its logs. `choose` sees the
 * declared sizes first: it refuses what it will not inflate.
 */
export async function readSelectedEntries(file: string, choose: (name: string, sizes: ZipEntrySizes) => boolean): Promise<SelectedEntries> {
  const directory: ZipDirectoryEntry[] = [];
  const contents = new Map<string, Buffer>();
  await walkZip(file, (entry, sizes, step) => {
    directory.push({ name: entry.fileName, sizes });
    if (contents.has(entry.fileName) || !choose(entry.fileName, sizes)) return step.next();
    step.zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return step.fail(error ?? new Error(`cannot read ${entry.fileName}`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', step.fail);
      stream.on('end', () => {
        contents.set(entry.fileName, Buffer.concat(chunks));
        step.next();
      });
    });
  });
  return { directory, contents };
}
