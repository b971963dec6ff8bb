/**
 * Writes a bundle zip as a stream: entries one at a time (memory stays flat), each hashed on the
 * bytes actually written, manifest.json last. The zip is built in a temporary file in the target
 * folder and renamed into place only when complete, so a failure never leaves a file that looks
 * like a bundle. Every entry passes through the bundle's redactor on its way in: text streams
 * through RedactStream, JSON is redacted value by value, the manifest too; binary is never
 * regex-redacted (only known-safe binary is copied).
 */
import { close, constants as fsConstants, createReadStream, createWriteStream, fstat, open, promises as fs, read } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { ZipArchive } from 'archiver';
import {
  BUNDLE_ENTRIES,
  manifestFileSchema,
  bundleManifestSchema,
  type BundleManifest,
  type ManifestFile,
} from '../../src-shared/bundle-manifest.js';
import type { SkippedItem } from '../../src-shared/collector-result.js';
import type { BundleFileSource } from '../collect/collector.js';
import { decodeLogStream } from '../collect/log-decoding.js';
import { binaryLeftOutReason, isSafeBinary, looksBinary } from '../redact/binary-policy.js';
import { RedactStream } from '../redact/redact-stream.js';
import { saveRedactionMapping } from '../redact/redaction-mapping.js';
import { checkOutputFile, OutputFileError, placeOutputFile } from '../platform/output-file.js';
import { Redactor, type RedactionSettings } from '../redact/redactor.js';
import { fileErrorWords } from '../platform/file-error-words.js';
import { announceBulkWork } from '../bulk-work.js';
import { BundleWriteError } from './bundle-write-error.js';
import { estimateBundleBytes, freeBytes, notEnoughSpace } from './free-space.js';
import { HashingStream } from './hash-stream.js';
import { Latin1FileReader, READ_BYTES } from './latin1-file-reader.js';
import { partialPathFor, removeStalePartials, trackPartial } from './partial-files.js';
import { useParallelDeflate } from './use-parallel-deflate.js';

/** Sees the redacted text of one entry as it streams into the zip (see WriteBundleOptions.observeText). */
export interface TextObserver {
  /** Redacted text in order, as latin1 characters (one per byte of the entry). */
  text(chunk: string): void;
  /** The entry's text is complete. */
  end(): void;
}

/** One entry to put in the bundle. */
export type BundleEntry =
  | { kind: 'json'; path: string; source: string; value: unknown }
  | { kind: 'text'; path: string; source: string; text: string }
  | { kind: 'file'; file: BundleFileSource };

export { BundleWriteError, estimateBundleBytes };

export interface WriteBundleOptions {
  /** Final path of the zip. */
  targetPath: string;
  /** Replace an existing file at targetPath (default: refuse). */
  overwrite?: boolean;
  entries: Iterable<BundleEntry> | AsyncIterable<BundleEntry>;
  /** Manifest fields other than files and redaction; skipped is extended with files left out while writing. */
  manifest: Omit<BundleManifest, 'files' | 'redaction'>;
  /**
   * Called once after the last entry: collector summaries and skipped items that were not known
   * when writing began (collectors still running while the logs are already being written).
   */
  completeManifest?: () => Pick<BundleManifest, 'collectors' | 'skipped'>;
  /** What to redact (default: the standard profile); the writer fills manifest.redaction. */
  redaction?: RedactionSettings;
  /** Where to save the placeholder -> original mapping (mode 0600, beside the bundle, never in it). */
  mappingPath?: string;
  /**
   * Asked once for each entry taken into the zip, with its path in the manifest: an observer
   * returned for a text file sees its redacted text as it streams (one read of the file serves
   * the zip and the observer); by the time the next entry is asked for, it has ended.
   */
  observeText?: (entry: BundleEntry, path: string) => TextObserver | undefined;
  /** Called as soon as an entry is taken into the zip (not left out), before the next one is asked for. */
  onAppend?: (entry: BundleEntry) => void;
  /** Called with each entry's manifest record (and the entry it came from) once it is in the zip; entries are written while later ones are already being read. */
  onEntry?: (file: ManifestFile, entry: BundleEntry) => void;
  signal?: AbortSignal;
  /** About how many bytes the zip will take (estimateBundleBytes): checked against the free space before writing. */
  expectedBytes?: number;
  /**
   * zlib level, 0-9. Default 5: on logs its output is as small as `zip -6`'s for ~25 % less
   * deflate CPU than level 6, which gained 2.5 % in size (docs/perf-notes.md).
   */
  level?: number;
}

export interface WrittenBundle {
  path: string;
  bytes: number;
  manifest: BundleManifest;
}

// O_NOFOLLOW: a log that became a symlink after it was listed is not followed (not on Windows).
// O_NONBLOCK: one that became a FIFO opens at once (and is then refused below) instead of blocking.
const READ_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0) | (fsConstants.O_NONBLOCK ?? 0);

const VANISHED = 'vanished or became unreadable before it could be read';
const NOT_REGULAR = 'no longer a regular file when it was read; left out';
const UNSAFE_BINARY = 'binary content that cannot be redacted and is not known safe to share; left out';
const UNSAFE_NAME = 'a name that cannot be stored in a bundle (backslash, ".." or an absolute path); left out';
const SNIFF_BYTES = 8192;
const DEFAULT_LEVEL = 5;
/** Redacted bytes an entry may hold ahead of archiver (see the writer loop). */
const LOOKAHEAD_BYTES = 2 * 1024 * 1024;

const openFd = promisify(open);
const readFd = promisify(read);
const closeFd = promisify(close);
const fstatFd = promisify(fstat);

/**
 * Opens a listed file's byte range, or says why it is left out (vanished, or binary that is not
 * known safe). `asText`: a plain text log to be redacted, read as latin1 strings.
 */
async function openSource(file: BundleFileSource, asText: boolean): Promise<Readable | string> {
  if (file.kind === 'binary' && !isSafeBinary(file.sourcePath, file.source)) return binaryLeftOutReason(file.sourcePath);
  // A plain descriptor, not a FileHandle: a FileHandle's read stream goes through fs/promises for
  // every 64 KB chunk, which cost the main thread (the one that redacts) ~0.9 s per 260 MB.
  let fd: number;
  try {
    fd = await openFd(file.sourcePath, READ_FLAGS);
  } catch {
    return VANISHED;
  }
  // Checked on the descriptor: the name may now point at a FIFO or a device that never ends.
  if (!(await fstatFd(fd).then((stat) => stat.isFile(), () => false))) {
    await closeFd(fd);
    return NOT_REGULAR;
  }
  if (file.end <= file.start) {
    await closeFd(fd);
    return Readable.from([]);
  }
  if (file.kind === 'text' && !file.encoding) {
    // A "text" log that holds NUL bytes is binary in disguise: regexes cannot make it safe.
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, file.end - file.start));
    const bytesRead = await readFd(fd, head, 0, head.length, file.start).then((r) => r.bytesRead, () => -1);
    if (bytesRead < 0 || looksBinary(head.subarray(0, bytesRead))) {
      await closeFd(fd);
      return bytesRead < 0 ? VANISHED : UNSAFE_BINARY;
    }
  }
  if (asText && !file.encoding) return new Latin1FileReader(fd, file.start, file.end);
  // Reads of READ_BYTES (why: latin1-file-reader.ts); RedactStream still hands the redactor ~64 KiB strings.
  const stream = createReadStream('', { fd, start: file.start, end: file.end - 1, autoClose: true, highWaterMark: READ_BYTES });
  return file.encoding ? decodeLogStream(stream, file.encoding, file.end - file.start) : stream;
}

/** A pass-through that shows each chunk to the observer (latin1, like RedactStream's text). */
function textTap(observer: TextObserver): Transform {
  return new Transform({
    transform(chunk: Buffer | string, _encoding, callback) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
      observer.text(bytes.toString('latin1'));
      callback(null, bytes);
    },
  });
}

/** The entry's bytes as they go into the zip (already redacted for generated content). */
async function entrySource(entry: BundleEntry, redactor: Redactor): Promise<{ stream: Readable; redactions: number; streamRedaction?: boolean } | string> {
  switch (entry.kind) {
    case 'json': {
      const { value, count } = redactor.redactJson(entry.value);
      return { stream: Readable.from([Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8')]), redactions: count };
    }
    case 'text': {
      const { text, count } = redactor.redactString(entry.text);
      return { stream: Readable.from([Buffer.from(text, 'utf8')]), redactions: count };
    }
    case 'file': {
      const streamRedaction = entry.file.kind === 'text' && redactor.profile !== 'none';
      const source = await openSource(entry.file, streamRedaction);
      if (typeof source === 'string') return source;
      return { stream: source, redactions: 0, streamRedaction };
    }
  }
}

/** A path inside the zip with private values replaced; placeholder brackets become '_' so it extracts anywhere. */
function redactPath(redactor: Redactor, bundlePath: string): string {
  const { text, count } = redactor.redactString(bundlePath);
  return count === 0 ? bundlePath : text.replace(/[<>:]/g, '_');
}

function describe(entry: BundleEntry, redactor: Redactor): Omit<ManifestFile, 'bytes' | 'sha256'> {
  if (entry.kind === 'file') {
    const f = entry.file;
    return { path: redactPath(redactor, f.bundlePath), source: f.source, truncated: f.truncated, kind: f.kind, redactions: 0, ...(f.encoding ? { decodedFrom: f.encoding } : {}) };
  }
  return { path: redactPath(redactor, entry.path), source: entry.source, truncated: false, kind: entry.kind === 'json' ? 'json' : 'text', redactions: 0 };
}

/** The output checks (output-file.ts) as the writer's own errors: a refusal is bad input, not a failed write. */
async function asBundleError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof OutputFileError)) throw error;
    const message = error.reason === 'exists' ? error.message.replace(/pass --force to replace it$/, 'allow overwriting') : error.message;
    throw new BundleWriteError(message, error.reason === 'no-folder' ? 'no-folder' : error.reason === 'failed' ? 'write-failed' : 'exists');
  }
}

/**
 * Resolves one promise per appended entry, in order, as archiver finishes consuming it. Archiver
 * takes entries strictly in append order and the writer appends the next entry while the previous
 * one still compresses, so the n-th "entry" event belongs to the n-th append. (Matching by name
 * would hang on any name archiver rewrites; waiting for "the next event" would let a later entry
 * claim an earlier one's event.)
 */
function entryTracker(archive: ZipArchive): (sources: Readable[]) => Promise<void> {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  archive.on('entry', () => pending.shift()?.resolve());
  archive.on('error', (error: Error) => {
    for (const waiter of pending.splice(0)) waiter.reject(error);
  });
  return (sources) =>
    new Promise<void>((resolve, reject) => {
      let settled = false;
      const waiter = {
        resolve: () => {
          settled = true;
          resolve();
        },
        reject: (error: Error) => {
          settled = true;
          reject(error);
        },
      };
      // The listener stays for the stream's life: a source can emit a second error after the
      // first one failed the bundle, and an unheard 'error' event would crash the process.
      const onError = (error: Error) => {
        if (settled) return;
        const index = pending.indexOf(waiter);
        if (index >= 0) pending.splice(index, 1);
        waiter.reject(error);
      };
      pending.push(waiter);
      for (const source of sources) source.on('error', onError);
    });
}

/**
 * A promise that rejects on the first failure that must end the write: the output failing (a full
 * disk), archiver failing, or a cancel. Every wait in the writer races it, so nothing waits for
 * an event that a failed stream will never send.
 */
function failureOf(output: NodeJS.EventEmitter, archive: ZipArchive, signal: AbortSignal | undefined): Promise<never> {
  const failed = new Promise<never>((_, reject) => {
    output.once('error', reject);
    archive.once('error', reject);
    const cancel = () => reject(new BundleWriteError('cancelled', 'cancelled'));
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });
  });
  failed.catch(() => undefined); // raced below; this only keeps an early failure from counting as unhandled
  return failed;
}

/** Writes the bundle atomically and returns its final manifest. */
export async function writeBundle(options: WriteBundleOptions): Promise<WrittenBundle> {
  const targetPath = path.resolve(options.targetPath);
  const replace = { replace: options.overwrite ?? false };
  // Only a regular file is written, or replaced with overwrite: never a device, FIFO, folder or link.
  await asBundleError(checkOutputFile(targetPath, replace));
  if (options.mappingPath) {
    if (path.resolve(options.mappingPath) === targetPath) throw new BundleWriteError('the mapping file must not be the bundle itself', 'exists');
    await asBundleError(checkOutputFile(path.resolve(options.mappingPath), replace));
  }
  const dir = path.dirname(targetPath);
  // A run that crashed or was killed may have left its temp file here: ours to remove.
  await removeStalePartials(dir);
  const expectedBytes = options.expectedBytes ?? 0;
  const free = await freeBytes(dir);
  if (free !== null && free < expectedBytes) throw notEnoughSpace(dir, expectedBytes);
  if (options.signal?.aborted) throw new BundleWriteError('cancelled', 'cancelled');
  const tempPath = partialPathFor(targetPath);
  const untrack = trackPartial(tempPath);
  const output = createWriteStream(tempPath, { flags: 'wx', mode: 0o600 });
  const level = options.level ?? DEFAULT_LEVEL;
  const archive = new ZipArchive({ zlib: { level } });
  useParallelDeflate(archive, level);
  const entryConsumed = entryTracker(archive);
  const outputDone = finished(output);
  outputDone.catch(() => undefined); // awaited below; failures surface there or through the archive
  const failure = failureOf(output, archive, options.signal);
  const orFail = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, failure]);
  archive.pipe(output);
  const files: ManifestFile[] = [];
  /** Entries the writer itself left out (vanished, unsafe binary, a name a manifest cannot hold). */
  const leftOut: SkippedItem[] = [];
  const date = new Date(options.manifest.createdAt);
  const mappingPath = options.mappingPath ? path.resolve(options.mappingPath) : undefined;
  const redactor = new Redactor({ profile: 'standard', ...options.redaction, keepMapping: mappingPath !== undefined });
  announceBulkWork();
  let mappingSaved = false;
  let recorded: Promise<void> = Promise.resolve();
  /** The streams of the entry being read: a failure or cancel destroys them, closing the file at once. */
  let reading: Readable[] = [];
  try {
    for await (const entry of options.entries) {
      if (options.signal?.aborted) throw new BundleWriteError('cancelled', 'cancelled');
      const info = describe(entry, redactor);
      // A name the manifest could not list (backslash, "..", absolute) is left out, not a failed bundle.
      const source = manifestFileSchema.shape.path.safeParse(info.path).success ? await orFail(entrySource(entry, redactor)) : UNSAFE_NAME;
      if (typeof source === 'string') {
        leftOut.push({ source: entry.kind === 'file' ? entry.file.sourcePath : info.path, reason: source });
        continue;
      }
      // The hasher may hold LOOKAHEAD_BYTES of redacted text that archiver has not read yet: the
      // main thread redacts this entry while the thread pool still compresses the previous one.
      const hasher = new HashingStream({ readableHighWaterMark: LOOKAHEAD_BYTES });
      // Every entry is shown (the evidence step counts encrypted logs); only a text file's text can be observed.
      const observed = options.observeText?.(entry, info.path);
      const observer = entry.kind === 'file' && entry.file.kind === 'text' ? observed : undefined;
      // Without redaction (profile 'none') the observer still sees the text, through a tap of its own.
      const redacting = source.streamRedaction ? new RedactStream(redactor, observer && ((text) => observer.text(text))) : observer ? textTap(observer) : null;
      const streams = redacting ? [source.stream, redacting] : [source.stream];
      reading = [...streams, hasher];
      const written = entryConsumed([...streams, hasher]);
      written.catch(() => undefined); // awaited in order below; a read error may arrive before that
      archive.append((redacting ? source.stream.pipe(redacting) : source.stream).pipe(hasher), { name: info.path, date });
      options.onAppend?.(entry);
      // Entries are recorded in order, each once archiver has consumed it.
      recorded = recorded.then(async () => {
        await written;
        const redactions = redacting instanceof RedactStream ? redacting.redactions : source.redactions;
        const file: ManifestFile = { ...info, redactions, bytes: hasher.bytes, sha256: hasher.digest() };
        files.push(file);
        options.onEntry?.(file, entry);
      });
      recorded.catch(() => undefined); // awaited below or before the next entry; this only stops an early failure counting as unhandled
      // Run ahead by one entry at most: the next one starts once this one is fully redacted (its
      // tail may still be compressing), so placeholders are numbered in entry order and memory
      // stays bounded by the lookahead.
      await orFail(redacting ? Promise.race([finished(redacting, { readable: false }), recorded]) : recorded);
      observer?.end();
    }
    await orFail(recorded);
    reading = [];
    // The manifest is redacted too (collector messages and skipped paths can name the user), but
    // not the help desk's request: its ticket, name and return address are kept as the link gave
    // them; nor the reporter ids, keyed hashes that a rule for hex tokens must not turn into placeholders.
    const { request, reporter, ...unredacted } = { ...options.manifest, ...options.completeManifest?.() };
    const { value: rest } = redactor.redactJson({ ...unredacted, skipped: [...unredacted.skipped, ...leftOut] });
    const byCategory = { ...redactor.counts };
    const total = Object.values(byCategory).reduce((sum, n) => sum + n, 0);
    const kept = { ...(request ? { request } : {}), ...(reporter ? { reporter } : {}) };
    const manifest = bundleManifestSchema.parse({ ...(rest as object), ...kept, files, redaction: { profile: redactor.profile, total, byCategory } });
    archive.append(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'), { name: BUNDLE_ENTRIES.manifest, date });
    await orFail(archive.finalize());
    await orFail(outputDone);
    if (mappingPath && redactor.placeholders.mapping) {
      await orFail(asBundleError(saveRedactionMapping(mappingPath, redactor.placeholders.mapping, replace.replace)));
      mappingSaved = true;
    }
    if (options.signal?.aborted) throw new BundleWriteError('cancelled', 'cancelled');
    await asBundleError(placeOutputFile(tempPath, targetPath, replace));
    untrack();
    return { path: targetPath, bytes: archive.pointer(), manifest };
  } catch (error) {
    for (const stream of reading) stream.destroy();
    archive.abort();
    output.destroy();
    // The temp file is opened asynchronously: wait until the stream has closed, or a failure that
    // comes early (a cancel before the first write) would remove it before it exists.
    if (!output.closed) await once(output, 'close').catch(() => undefined);
    await fs.rm(tempPath, { force: true });
    untrack();
    if (mappingSaved && mappingPath) await fs.rm(mappingPath, { force: true });
    if (error instanceof BundleWriteError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw notEnoughSpace(dir, Math.max(expectedBytes, archive.pointer()));
    throw new BundleWriteError(`could not write the bundle: ${fileErrorWords(error) ?? (error as Error).message}`, 'write-failed');
  }
}
