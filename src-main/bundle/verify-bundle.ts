/**
 * Checks a bundle against its own manifest: schema, then every entry's size and sha256 computed
 * while streaming (memory stays flat), then entries missing from or extra to the manifest.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { bundleManifestSchema, BUNDLE_ENTRIES, type BundleManifest } from '../../src-shared/bundle-manifest.js';
import type { InspectProblem } from '../../src-shared/inspect-result.js';
import { fileKind } from '../platform/file-kind.js';
import { forEachZipEntry, NotAZipError, TooManyEntriesError, ZipUnreadableError, type ZipEntrySizes } from './zip-reader.js';

export interface BundleVerification {
  problems: InspectProblem[];
  manifest?: BundleManifest;
  /** Small JSON entries (report, system, network, analysis, evidence) kept for the summary. */
  json: Map<string, unknown>;
  /** The sha256 of manifest.json, once it parsed: the bundle's identity (copies of one bundle share it). */
  manifestSha256?: string;
}

const SUMMARY_JSON = new Set<string>([BUNDLE_ENTRIES.report, BUNDLE_ENTRIES.system, BUNDLE_ENTRIES.network, BUNDLE_ENTRIES.analysis, BUNDLE_ENTRIES.evidence]);
const MAX_JSON_BYTES = 8 * 1024 * 1024;

/**
 * Limits on what is decompressed to be hashed: a crafted zip of a few MB can hold gigabytes of
 * zeros. A real bundle's entries are logs capped at 20 MB by default, which deflate rarely takes
 * past 20:1; an entry past these is reported as suspicious and verification stops there.
 */
export const ZIP_LIMITS = {
  /** Uncompressed bytes of one entry. */
  entryBytes: 1024 * 1024 * 1024,
  /** Uncompressed bytes of all entries together (ten times the default total cap on logs). */
  totalBytes: 2 * 1024 * 1024 * 1024,
  /** Compression ratio allowed for an entry larger than ratioFromBytes (zeros reach 230:1 even at deflate level 1). */
  ratio: 200,
  ratioFromBytes: 64 * 1024 * 1024,
} as const;

const MB = 1024 * 1024;
const inMb = (bytes: number) => `${Math.ceil(bytes / MB)} MB`;

/** Why an entry of these sizes is not decompressed, or null when it is within the limits. */
function suspicion(sizes: ZipEntrySizes, totalSoFar: number): string | null {
  if (sizes.uncompressed > ZIP_LIMITS.entryBytes) return `it would expand to ${inMb(sizes.uncompressed)}, over the ${inMb(ZIP_LIMITS.entryBytes)} limit for one entry`;
  if (totalSoFar + sizes.uncompressed > ZIP_LIMITS.totalBytes) return `the entries would expand to over ${inMb(ZIP_LIMITS.totalBytes)} in all`;
  const ratio = sizes.uncompressed / Math.max(1, sizes.compressed);
  if (sizes.uncompressed > ZIP_LIMITS.ratioFromBytes && ratio > ZIP_LIMITS.ratio) {
    return `it would expand ${inMb(sizes.compressed)} into ${inMb(sizes.uncompressed)} (${Math.round(ratio)}:1), more than any log compresses`;
  }
  return null;
}

/** Verifies one bundle file; never throws for a bad bundle, only reports problems. */
export async function verifyBundle(file: string): Promise<BundleVerification> {
  const actual = new Map<string, { bytes: number; sha256: string }>();
  const json = new Map<string, unknown>();
  let manifestText: string | undefined;
  // Only regular files: opening a FIFO or a device would block forever.
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) {
    return { problems: [{ kind: 'not-a-zip', message: stat ? `not a regular file (it is ${fileKind(stat)}), so it was not read` : 'no such file' }], json };
  }
  const problems: InspectProblem[] = [];
  const duplicates = new Set<string>();
  let suspicious: InspectProblem | undefined;
  let manifestBytes: number | undefined;
  let declaredTotal = 0;
  try {
    await forEachZipEntry(file, async (name, content, sizes) => {
      const why = suspicion(sizes, declaredTotal);
      if (why) {
        suspicious = { kind: 'suspicious', path: name, message: `suspicious entry ${name}: ${why}; verification stopped` };
        return false;
      }
      declaredTotal += sizes.uncompressed;
      // The manifest is only parsed, never hashed: one too large to parse is not read at all.
      if (name === BUNDLE_ENTRIES.manifest && sizes.uncompressed > MAX_JSON_BYTES) {
        manifestBytes = sizes.uncompressed;
        content.destroy();
        return;
      }
      const hash = createHash('sha256');
      let bytes = 0;
      const keep = name === BUNDLE_ENTRIES.manifest || SUMMARY_JSON.has(name);
      const chunks: Buffer[] = [];
      for await (const chunk of content as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        if (keep && bytes <= MAX_JSON_BYTES) chunks.push(chunk);
      }
      // A second entry of the same name could hide a forged first copy that a reader might use.
      if (actual.has(name)) duplicates.add(name);
      actual.set(name, { bytes, sha256: hash.digest('hex') });
      if (name === BUNDLE_ENTRIES.manifest && bytes > MAX_JSON_BYTES) manifestBytes = bytes;
      if (!keep || bytes > MAX_JSON_BYTES) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (name === BUNDLE_ENTRIES.manifest) manifestText = text;
      else {
        try {
          json.set(name, JSON.parse(text));
        } catch {
          // A summary file that is not JSON is reported by its checksum if tampered; the summary just lacks it.
        }
      }
    });
  } catch (error) {
    if (error instanceof TooManyEntriesError) return { problems: [{ kind: 'suspicious', message: error.message }], json };
    if (error instanceof ZipUnreadableError) return { problems: [{ kind: 'unreadable', message: `cannot be read: ${error.message}` }], json };
    const kind = error instanceof NotAZipError ? 'not-a-zip' : 'unreadable';
    return { problems: [{ kind, message: `${kind === 'not-a-zip' ? 'not a readable zip' : 'the zip could not be read'}: ${(error as Error).message}` }], json };
  }
  if (suspicious) return { problems: [suspicious], json };
  if (manifestBytes !== undefined) {
    return { problems: [{ kind: 'bad-manifest', path: BUNDLE_ENTRIES.manifest, message: `manifest.json is too large (${inMb(manifestBytes)}; the limit is ${inMb(MAX_JSON_BYTES)})` }], json };
  }
  if (manifestText === undefined) {
    return { problems: [{ kind: 'no-manifest', path: BUNDLE_ENTRIES.manifest, message: 'the zip has no manifest.json' }], json };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText);
  } catch {
    return { problems: [{ kind: 'bad-manifest', path: BUNDLE_ENTRIES.manifest, message: 'manifest.json is not valid JSON' }], json };
  }
  const manifest = bundleManifestSchema.safeParse(parsed);
  if (!manifest.success) {
    const issue = manifest.error.issues[0];
    return {
      problems: [{ kind: 'bad-manifest', path: BUNDLE_ENTRIES.manifest, message: `manifest.json does not match the schema: ${issue?.path.join('.') || 'root'}: ${issue?.message}` }],
      json,
    };
  }
  for (const entry of manifest.data.files) {
    const seen = actual.get(entry.path);
    if (!seen) problems.push({ kind: 'missing', path: entry.path, message: `${entry.path} is listed in the manifest but not in the zip` });
    else if (seen.bytes !== entry.bytes) problems.push({ kind: 'size', path: entry.path, message: `${entry.path} has ${seen.bytes} bytes, the manifest says ${entry.bytes}` });
    else if (seen.sha256 !== entry.sha256) problems.push({ kind: 'checksum', path: entry.path, message: `${entry.path} does not match its sha256 in the manifest` });
  }
  for (const name of duplicates) problems.push({ kind: 'extra', path: name, message: `${name} appears more than once in the zip` });
  const listed = new Set(manifest.data.files.map((f) => f.path));
  for (const name of actual.keys()) {
    if (name !== BUNDLE_ENTRIES.manifest && !listed.has(name)) problems.push({ kind: 'extra', path: name, message: `${name} is in the zip but not in the manifest` });
  }
  return { problems, manifest: manifest.data, json, manifestSha256: actual.get(BUNDLE_ENTRIES.manifest)?.sha256 };
}
