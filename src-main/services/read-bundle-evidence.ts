/**
 * Reads one bundle's evidence.json for those that need only it (triage of a saved bundle, the
 * review screen's timeline, the fleet summary's counts): just the manifest and evidence.json are
 * decompressed, through the zip's central directory, and evidence.json must match its sha256 in
 * the manifest. Never throws for a bad bundle: it says why there is no evidence.
 */
import { createHash } from 'node:crypto';
import { BUNDLE_ENTRIES } from '../../src-shared/bundle-manifest.js';
import { logEvidenceSchema, type LogEvidence } from '../../src-shared/log-evidence.js';
import { readSelectedEntries } from '../bundle/zip-reader.js';

/** The evidence, or why there is none ('absent': a bundle made before evidence.json). */
export type BundleEvidence = { ok: true; evidence: LogEvidence } | { ok: false; reason: 'absent' | 'unreadable' | 'mismatch' | 'invalid'; message: string };

/** The same cap verify-bundle keeps on JSON it parses. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

function parse(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** evidence.json of the bundle at `file`, checked against the manifest. */
export async function readBundleEvidence(file: string): Promise<BundleEvidence> {
  const wanted = new Set<string>([BUNDLE_ENTRIES.manifest, BUNDLE_ENTRIES.evidence]);
  let contents: Map<string, Buffer>;
  try {
    ({ contents } = await readSelectedEntries(file, (name, sizes) => wanted.has(name) && sizes.uncompressed <= MAX_JSON_BYTES));
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `the bundle could not be read: ${(error as Error).message}` };
  }
  const manifest = parse(contents.get(BUNDLE_ENTRIES.manifest) ?? Buffer.alloc(0)) as { files?: { path?: unknown; sha256?: unknown }[] } | undefined;
  const listed = manifest?.files?.find((f) => f.path === BUNDLE_ENTRIES.evidence);
  const bytes = contents.get(BUNDLE_ENTRIES.evidence);
  if (!listed && !bytes) return { ok: false, reason: 'absent', message: 'the bundle has no evidence.json (made before the log-evidence step)' };
  if (!listed || !bytes || createHash('sha256').update(bytes).digest('hex') !== listed.sha256) {
    return { ok: false, reason: 'mismatch', message: 'evidence.json does not match its sha256 in the manifest' };
  }
  const parsed = logEvidenceSchema.safeParse(parse(bytes));
  if (!parsed.success) return { ok: false, reason: 'invalid', message: `evidence.json does not match the schema: ${parsed.error.issues[0]?.path.join('.') || 'root'}` };
  return { ok: true, evidence: parsed.data };
}
