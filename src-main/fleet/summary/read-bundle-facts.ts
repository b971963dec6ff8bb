/**
 * Reads what `zpb summarize` and the app's many-bundle review group by from one bundle, after the
 * very checks of `zpb inspect` (every entry, logs included, hashed while the zip is read): a bundle
 * changed after it was made (a log swapped for other bytes of the same size) is never counted as
 * good in one view while the other says "Verification failed". One that fails is returned with
 * why, naming the file that does not match.
 */
import { BUNDLE_ENTRIES } from '../../../src-shared/bundle-manifest.js';
import { fleetFacts, type FleetManifest } from '../../../src-shared/fleet/fleet-facts.js';
import type { FleetBundle } from '../../../src-shared/fleet/fleet-summary.js';
import { verifyBundle } from '../../bundle/verify-bundle.js';

/** One bundle's facts, or why it is not counted. */
export type BundleFacts = { ok: true; bundle: FleetBundle } | { ok: false; reason: string };

type CheckedBundle = { manifest: FleetManifest; json: Map<string, unknown>; identity: string | undefined };

const failed = (reason: string): BundleFacts => ({ ok: false, reason });

/** The first problem, with how many more there are. */
function firstOf(problems: readonly string[]): string {
  return problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more)` : problems[0]!;
}

/** Reads the full bundle like `zpb inspect` (every entry hashed, the whole manifest schema). */
async function readVerified(file: string): Promise<CheckedBundle | string> {
  const { problems, manifest, json, manifestSha256 } = await verifyBundle(file);
  // A file whose bytes are not what the manifest says was changed after the bundle was made: said so, naming it.
  const said = problems.map((p) => (p.kind === 'checksum' || p.kind === 'size' ? `changed after it was made: ${p.message}` : p.kind === 'no-manifest' ? `not a bundle: ${p.message}` : p.message));
  if (problems.length > 0 || !manifest) return firstOf(said);
  return { manifest, json, identity: manifestSha256 };
}

/** One bundle's facts for grouping, or why it is not counted. Never throws for a bad file. */
export async function readBundleFacts(file: string): Promise<BundleFacts> {
  const read = await readVerified(file);
  if (typeof read === 'string') return failed(read);
  const { manifest, json, identity } = read;
  if (!json.has(BUNDLE_ENTRIES.report)) return failed('not a bundle: it has no report.json');
  return {
    ok: true,
    bundle: {
      ...fleetFacts(file, manifest, {
        report: json.get(BUNDLE_ENTRIES.report),
        system: json.get(BUNDLE_ENTRIES.system),
        network: json.get(BUNDLE_ENTRIES.network),
        analysis: json.get(BUNDLE_ENTRIES.analysis),
      }),
      ...(identity ? { identity } : {}),
    },
  };
}
