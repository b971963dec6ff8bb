/**
 * Reads what `zpb summarize` groups by from one bundle: only the small entries (manifest, report,
 * analysis, system, network) are decompressed, through the zip's central directory, and each is
 * checked against its sha256 in the manifest; the logs are checked by name and declared size (or,
 * with verifyAll, hashed in full like `zpb inspect`). A bundle that fails is returned with why.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { BUNDLE_ENTRIES } from '../../src-shared/bundle-manifest.js';
import { fleetFacts, fleetManifestSchema, type FleetManifest } from '../../src-shared/fleet/fleet-facts.js';
import type { FleetBundle } from '../../src-shared/fleet/fleet-summary.js';
import { verifyBundle } from '../bundle/verify-bundle.js';
import { NotAZipError, readSelectedEntries, TooManyEntriesError } from '../bundle/zip-reader.js';

/** One bundle's facts, or why it is not counted. */
export type BundleFacts = { ok: true; bundle: FleetBundle } | { ok: false; reason: string };

type CheckedBundle = { manifest: FleetManifest; json: Map<string, unknown> };

const SMALL_ENTRIES = new Set<string>([BUNDLE_ENTRIES.manifest, BUNDLE_ENTRIES.report, BUNDLE_ENTRIES.analysis, BUNDLE_ENTRIES.system, BUNDLE_ENTRIES.network]);
/** The same cap verify-bundle keeps on JSON it parses. */
const MAX_JSON_BYTES = 8 * 1024 * 1024;

const failed = (reason: string): BundleFacts => ({ ok: false, reason });

/** The first problem, with how many more there are. */
function firstOf(problems: readonly string[]): string {
  return problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more)` : problems[0]!;
}

function parseJson(bytes: Buffer | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Reads and checks the small entries; the manifest and their parsed JSON, or the first problem found. */
async function readChecked(file: string): Promise<CheckedBundle | string> {
  let read;
  try {
    read = await readSelectedEntries(file, (name, sizes) => SMALL_ENTRIES.has(name) && sizes.uncompressed <= MAX_JSON_BYTES);
  } catch (error) {
    if (error instanceof TooManyEntriesError) return error.message;
    return `${error instanceof NotAZipError ? 'not a readable zip' : 'the zip could not be read'}: ${(error as Error).message}`;
  }
  const { directory, contents } = read;
  const manifestBytes = contents.get(BUNDLE_ENTRIES.manifest);
  if (!manifestBytes) {
    return directory.some((e) => e.name === BUNDLE_ENTRIES.manifest) ? 'manifest.json is too large to be a bundle manifest' : 'not a bundle: the zip has no manifest.json';
  }
  // Only the fields summarize uses are checked, each with the manifest's own schema (zpb inspect checks it whole).
  const parsed = fleetManifestSchema.safeParse(parseJson(manifestBytes));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `manifest.json does not match the schema: ${issue?.path.join('.') || 'root'}: ${issue?.message}`;
  }
  const manifest = parsed.data;
  const problems: string[] = [];
  const inZip = new Map<string, number>();
  for (const entry of directory) {
    if (inZip.has(entry.name)) problems.push(`${entry.name} appears more than once in the zip`);
    inZip.set(entry.name, entry.sizes.uncompressed);
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const name of inZip.keys()) if (name !== BUNDLE_ENTRIES.manifest && !listed.has(name)) problems.push(`${name} is in the zip but not in the manifest`);
  const json = new Map<string, unknown>();
  for (const entry of manifest.files) {
    const size = inZip.get(entry.path);
    if (size === undefined) problems.push(`${entry.path} is listed in the manifest but not in the zip`);
    else if (size !== entry.bytes) problems.push(`${entry.path} has ${size} bytes, the manifest says ${entry.bytes}`);
    else if (SMALL_ENTRIES.has(entry.path)) {
      const bytes = contents.get(entry.path);
      if (!bytes || createHash('sha256').update(bytes).digest('hex') !== entry.sha256) problems.push(`${entry.path} does not match its sha256 in the manifest`);
      else json.set(entry.path, parseJson(bytes));
    }
  }
  if (problems.length > 0) return firstOf(problems);
  return { manifest, json };
}

/** Reads the full bundle like `zpb inspect` (every entry hashed, the whole manifest schema). */
async function readVerified(file: string): Promise<CheckedBundle | string> {
  const { problems, manifest, json } = await verifyBundle(file);
  if (problems.length > 0 || !manifest) return firstOf(problems.map((p) => p.message));
  return { manifest, json };
}

/** One bundle's facts for grouping, or why it is not counted. Never throws for a bad file. */
export async function readBundleFacts(file: string, options: { verifyAll?: boolean } = {}): Promise<BundleFacts> {
  // Only regular files: opening a FIFO or a device would block forever.
  const stat = await fs.stat(file).catch(() => null);
  if (!stat?.isFile()) return failed(stat ? 'not a regular file' : 'no such file');
  const read = options.verifyAll ? await readVerified(file) : await readChecked(file);
  if (typeof read === 'string') return failed(read);
  const { manifest, json } = read;
  if (!json.has(BUNDLE_ENTRIES.report)) return failed('not a bundle: it has no report.json');
  return {
    ok: true,
    bundle: fleetFacts(file, manifest, {
      report: json.get(BUNDLE_ENTRIES.report),
      system: json.get(BUNDLE_ENTRIES.system),
      network: json.get(BUNDLE_ENTRIES.network),
      analysis: json.get(BUNDLE_ENTRIES.analysis),
    }),
  };
}
