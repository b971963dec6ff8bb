/**
 * Checks a bundle in an object store without downloading its logs: the end of central directory
 * and the central directory by range requests (usually one: the last 64 KiB), then only the small
 * entries summarize reads (manifest, report, system, network, analysis, evidence), fetched in as few spans as
 * their places allow (in a bundle the app wrote: the tail, and one span at the start) and checked against the manifest's sha256. Every other entry is checked by
 * name and by the size the central directory declares; its bytes are never fetched. A log changed
 * to other bytes of the same size is therefore caught only by `--verify-all`, which downloads the
 * whole bundle and runs the checks of `zpb inspect` (summarize-bucket.ts).
 * The result has the shape of verifyBundle's, so the facts and the reasons read the same.
 */
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { bundleManifestSchema, BUNDLE_ENTRIES } from '../../../src-shared/bundle-manifest.js';
import type { InspectProblem } from '../../../src-shared/inspect-result.js';
import type { BundleVerification } from '../../bundle/verify-bundle.js';
import { MAX_BUNDLE_ENTRIES, TooManyEntriesError } from '../../bundle/zip-reader.js';
import { openRangedZip, RangedZipReader } from './ranged-zip-reader.js';
import type { ObjectStore, StoredObject } from './s3-object-store.js';

/** The entries read and hashed: what summarize and facts use, and the manifest that lists the rest. */
const READ_ENTRIES = new Set<string>([BUNDLE_ENTRIES.manifest, BUNDLE_ENTRIES.report, BUNDLE_ENTRIES.system, BUNDLE_ENTRIES.network, BUNDLE_ENTRIES.analysis, BUNDLE_ENTRIES.evidence]);
/** Larger JSON entries are not fetched (verify-bundle.ts keeps none larger either). */
const MAX_JSON_BYTES = 8 * 1024 * 1024;
/** A local header's extra field may be longer than the central one's (zip64 sizes): fetched with the entry, up to the next entry. */
const LOCAL_HEADER_SLACK = 1024;

/** The file entries of the central directory in order (names may repeat in a crafted zip). */
function directoryOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

/** Spans are joined over a gap this small when no log starts in it (README.txt and evidence.txt between the evidence and the manifest). */
const JOIN_GAP_BYTES = 256 * 1024;

/**
 * The byte spans holding `chosen` (local header, name, extra field and data), each ending where the
 * next entry of the directory starts at the latest, and joined where they touch or where only small
 * entries that are not logs lie between: no byte of a log is fetched (the tail aside).
 */
export function entrySpans(chosen: readonly yauzl.Entry[], directory: readonly yauzl.Entry[], size: number): Array<[number, number]> {
  const starts = [...new Set(directory.map((e) => e.relativeOffsetOfLocalHeader))].sort((a, b) => a - b);
  const nextStart = (offset: number) => starts.find((s) => s > offset) ?? size;
  const logStarts = directory.filter((e) => e.fileName.startsWith('logs/')).map((e) => e.relativeOffsetOfLocalHeader);
  const spans = chosen
    .map((e): [number, number] => {
      const start = e.relativeOffsetOfLocalHeader;
      return [start, Math.min(start + 30 + e.fileNameLength + e.extraFieldLength + e.compressedSize + LOCAL_HEADER_SLACK, nextStart(start))];
    })
    .sort((a, b) => a[0] - b[0]);
  const joined: Array<[number, number]> = [];
  for (const span of spans) {
    const last = joined.at(-1);
    const bridgeable = last && span[0] - last[1] <= JOIN_GAP_BYTES && !logStarts.some((s) => s >= last[1] && s < span[0]);
    if (last && (span[0] <= last[1] || bridgeable)) last[1] = Math.max(last[1], span[1]);
    else joined.push([...span]);
  }
  return joined;
}

/** An entry's uncompressed bytes (yauzl checks them against the declared size and CRC). */
function entryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream?: Readable) => {
      if (error || !stream) return reject(error ?? new Error(`cannot read ${entry.fileName}`));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The problems of the manifest against the directory (sizes) and the entries read (sha256), worded as verifyBundle words them. */
function compare(files: ReadonlyArray<{ path: string; bytes: number; sha256: string }>, directory: readonly yauzl.Entry[], hashed: ReadonlyMap<string, string>): InspectProblem[] {
  const problems: InspectProblem[] = [];
  const declared = new Map<string, number>();
  const duplicates = new Set<string>();
  for (const entry of directory) {
    if (declared.has(entry.fileName)) duplicates.add(entry.fileName);
    else declared.set(entry.fileName, entry.uncompressedSize);
  }
  for (const file of files) {
    const size = declared.get(file.path);
    const hash = hashed.get(file.path);
    if (size === undefined) problems.push({ kind: 'missing', path: file.path, message: `${file.path} is listed in the manifest but not in the zip` });
    else if (size !== file.bytes) problems.push({ kind: 'size', path: file.path, message: `${file.path} has ${size} bytes, the manifest says ${file.bytes}` });
    else if (hash !== undefined && hash !== file.sha256) problems.push({ kind: 'checksum', path: file.path, message: `${file.path} does not match its sha256 in the manifest` });
  }
  for (const name of duplicates) problems.push({ kind: 'extra', path: name, message: `${name} appears more than once in the zip` });
  const listed = new Set(files.map((f) => f.path));
  for (const name of declared.keys()) {
    if (name !== BUNDLE_ENTRIES.manifest && !listed.has(name)) problems.push({ kind: 'extra', path: name, message: `${name} is in the zip but not in the manifest` });
  }
  return problems;
}

/** Parses the manifest as verifyBundle does, or says why it cannot be used. */
function parseManifest(bytes: Buffer): { manifest: BundleVerification['manifest'] } | { problem: InspectProblem } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { problem: { kind: 'bad-manifest', path: BUNDLE_ENTRIES.manifest, message: 'manifest.json is not valid JSON' } };
  }
  const manifest = bundleManifestSchema.safeParse(parsed);
  if (manifest.success) return { manifest: manifest.data };
  const issue = manifest.error.issues[0];
  return { problem: { kind: 'bad-manifest', path: BUNDLE_ENTRIES.manifest, message: `manifest.json does not match the schema: ${issue?.path.join('.') || 'root'}: ${issue?.message}` } };
}

/** Reads the chosen entries of an open zip: fetched in joined spans first, then inflated and hashed. */
async function readChosen(zip: yauzl.ZipFile, reader: RangedZipReader, directory: readonly yauzl.Entry[]): Promise<Map<string, Buffer>> {
  const chosen = new Map<string, yauzl.Entry>();
  for (const entry of directory) {
    if (READ_ENTRIES.has(entry.fileName) && !chosen.has(entry.fileName) && entry.uncompressedSize <= MAX_JSON_BYTES) chosen.set(entry.fileName, entry);
  }
  await Promise.all(entrySpans([...chosen.values()], directory, reader.size).map(([start, end]) => reader.prefetch(start, end)));
  const contents = new Map<string, Buffer>();
  for (const [name, entry] of chosen) contents.set(name, await entryBytes(zip, entry));
  return contents;
}

/** What a store read or the zip gave as a failure: an abort or a store failure goes up; a bad zip is this bundle's problem. */
function zipProblem(error: unknown): InspectProblem {
  if (error instanceof TooManyEntriesError) return { kind: 'suspicious', message: error.message };
  return { kind: 'not-a-zip', message: `not a readable zip: ${(error as Error).message}` };
}

/**
 * Checks one stored bundle, fetching only its tail and its small entries. Never throws for a bad
 * bundle; a failure of the store itself (denied, unreachable after retries) and a cancel do throw.
 */
export async function checkStoredBundle(store: ObjectStore, object: StoredObject, signal?: AbortSignal): Promise<BundleVerification> {
  const json = new Map<string, unknown>();
  const storeFailures: unknown[] = [];
  const reader = new RangedZipReader(object.bytes, (start, end) =>
    store.readRange(object, start, end, signal).catch((error: unknown) => {
      storeFailures.push(error);
      throw error;
    }),
  );
  let opened: yauzl.ZipFile | undefined;
  try {
    const zip = (opened = await openRangedZip(reader));
    if (zip.entryCount > MAX_BUNDLE_ENTRIES) throw new TooManyEntriesError(zip.entryCount);
    const directory = await directoryOf(zip);
    const contents = await readChosen(zip, reader, directory);
    const manifestBytes = contents.get(BUNDLE_ENTRIES.manifest);
    if (!manifestBytes) {
      const large = directory.some((e) => e.fileName === BUNDLE_ENTRIES.manifest);
      const problem: InspectProblem = large
        ? { kind: 'bad-manifest', path: BUNDLE_ENTRIES.manifest, message: `manifest.json is too large (the limit is ${MAX_JSON_BYTES / 1024 / 1024} MB)` }
        : { kind: 'no-manifest', path: BUNDLE_ENTRIES.manifest, message: 'the zip has no manifest.json' };
      return { problems: [problem], json };
    }
    const parsed = parseManifest(manifestBytes);
    if ('problem' in parsed) return { problems: [parsed.problem], json };
    const hashed = new Map([...contents].filter(([name]) => name !== BUNDLE_ENTRIES.manifest).map(([name, bytes]) => [name, sha256(bytes)]));
    for (const [name, bytes] of contents) {
      if (name === BUNDLE_ENTRIES.manifest) continue;
      try {
        json.set(name, JSON.parse(bytes.toString('utf8')));
      } catch {
        // Not JSON: a tampered file is reported by its checksum; the summary just lacks it.
      }
    }
    return { problems: compare(parsed.manifest!.files, directory, hashed), manifest: parsed.manifest, json, manifestSha256: sha256(manifestBytes) };
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    if (storeFailures.length > 0) throw storeFailures[0];
    return { problems: [zipProblem(error)], json };
  } finally {
    opened?.close();
  }
}
