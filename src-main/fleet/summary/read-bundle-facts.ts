/**
 * Reads what `zpb summarize` and the app's many-bundle review group by from one bundle, after the
 * very checks of `zpb inspect` (every entry, logs included, hashed while the zip is read): a bundle
 * changed after it was made (a log swapped for other bytes of the same size) is never counted as
 * good in one view while the other says "Verification failed". One that fails is returned with
 * why, naming the file that does not match.
 */
import { BUNDLE_ENTRIES } from '../../../src-shared/bundle-manifest.js';
import { fleetFacts } from '../../../src-shared/fleet/fleet-facts.js';
import type { FleetBundle } from '../../../src-shared/fleet/fleet-summary.js';
import { verifyBundle, type BundleVerification } from '../../bundle/verify-bundle.js';

/** One bundle's facts, or why it is not counted. */
export type BundleFacts = { ok: true; bundle: FleetBundle } | { ok: false; reason: string };

const failed = (reason: string): BundleFacts => ({ ok: false, reason });

/** The first problem, with how many more there are. */
function firstOf(problems: readonly string[]): string {
  return problems.length > 1 ? `${problems[0]} (and ${problems.length - 1} more)` : problems[0]!;
}

/**
 * One bundle's facts from what a check found (the problems, the manifest, the small JSON entries and
 * the manifest's sha256), or why it is not counted: the same words whether the bundle was checked
 * on disk (every entry hashed) or in an object store (bucket-bundle-reader.ts).
 */
export function factsFromCheck(path: string, check: BundleVerification): BundleFacts {
  const { problems, manifest, json, manifestSha256: identity } = check;
  // A file whose bytes are not what the manifest says was changed after the bundle was made: said so, naming it.
  const said = problems.map((p) => (p.kind === 'checksum' || p.kind === 'size' ? `changed after it was made: ${p.message}` : p.kind === 'no-manifest' ? `not a bundle: ${p.message}` : p.message));
  if (problems.length > 0 || !manifest) return failed(firstOf(said));
  if (!json.has(BUNDLE_ENTRIES.report)) return failed('not a bundle: it has no report.json');
  return {
    ok: true,
    bundle: {
      ...fleetFacts(path, manifest, {
        report: json.get(BUNDLE_ENTRIES.report),
        system: json.get(BUNDLE_ENTRIES.system),
        network: json.get(BUNDLE_ENTRIES.network),
        analysis: json.get(BUNDLE_ENTRIES.analysis),
        evidence: json.get(BUNDLE_ENTRIES.evidence),
      }),
      ...(identity ? { identity } : {}),
    },
  };
}

/** One bundle file's facts for grouping, read like `zpb inspect` (every entry hashed), or why it is not counted. Never throws for a bad file. */
export async function readBundleFacts(file: string): Promise<BundleFacts> {
  return factsFromCheck(file, await verifyBundle(file));
}
