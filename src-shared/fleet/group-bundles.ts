/**
 * Groups bundles by error fingerprint, splits each group into episodes by time, and adds up what
 * each group and episode shares, with the separation-test verdict. Pure: the CLI and the app's
 * review screen both call it on facts read elsewhere.
 */
import { errorFingerprint } from './error-fingerprint.js';
import { countLogEvents } from './evidence-counts.js';
import { judgeBundles } from './fleet-verdict.js';
import { UNKNOWN_ID, type FleetBundle, type FleetDuplicate, type FleetGroup, type FleetInvalid, type FleetStats, type FleetSummary } from './fleet-summary.js';

const TOP_FINDINGS = 5;

function count(values: Iterable<string | undefined>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) if (value !== undefined) counts[value] = (counts[value] ?? 0) + 1;
  // Most frequent first, then by name, so the output reads the same every run.
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

const timeOf = (bundle: FleetBundle) => Date.parse(bundle.occurredAt);
const distinctOf = (values: readonly string[]) => [...new Set(values)];

function stats(set: readonly FleetBundle[], outside: readonly FleetBundle[]): FleetStats {
  const networks = new Map<string, FleetStats['networks'][number]>();
  for (const b of set) {
    const key = `${b.network.kind}\0${b.network.vpn}\0${b.network.proxy}`;
    const seen = networks.get(key);
    if (seen) seen.bundles++;
    else networks.set(key, { ...b.network, bundles: 1 });
  }
  const reporters = new Set(set.map((b) => b.reporter).filter((r) => r !== UNKNOWN_ID));
  const devices = new Set(set.map((b) => b.device).filter((d) => d !== UNKNOWN_ID));
  const { verdict, evidence } = judgeBundles(set, outside);
  return {
    bundles: set.length,
    reporters: reporters.size,
    devices: devices.size,
    unknownReporters: set.filter((b) => b.reporter === UNKNOWN_ID).length,
    firstAt: set[0]!.occurredAt,
    lastAt: set.at(-1)!.occurredAt,
    scopes: count(set.map((b) => b.scope)),
    networks: [...networks.values()].sort((a, b) => b.bundles - a.bundles),
    zoomVersions: count(set.map((b) => b.zoomVersion)),
    os: count(set.map((b) => b.os)),
    failingProbes: count(set.flatMap((b) => b.failedProbes.map((p) => p.split(':')[0]!))),
    topFindings: Object.entries(count(set.flatMap((b) => distinctOf(b.findings))))
      .slice(0, TOP_FINDINGS)
      .map(([area, bundles]) => ({ area, bundles })),
    logs: countLogEvents(set),
    verdict,
    evidence,
    paths: set.map((b) => b.path),
  };
}

/** Splits time-ordered bundles where the gap to the previous incident is more than `windowMs`. */
export function splitEpisodes(sorted: readonly FleetBundle[], windowMs: number): FleetBundle[][] {
  const episodes: FleetBundle[][] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const bundle of sorted) {
    const at = timeOf(bundle);
    if (episodes.length === 0 || at - previous > windowMs) episodes.push([]);
    episodes.at(-1)!.push(bundle);
    previous = at;
  }
  return episodes;
}

/**
 * Each bundle once: files with the same manifest (one bundle saved, forwarded or uploaded twice)
 * would inflate the bundle and episode counts and could fake "several reporters". The first path
 * in order is counted; the others are listed with the path they copy.
 */
function countOnce(all: readonly FleetBundle[]): { bundles: FleetBundle[]; duplicates: FleetDuplicate[] } {
  const first = new Map<string, FleetBundle>();
  const bundles: FleetBundle[] = [];
  const duplicates: FleetDuplicate[] = [];
  for (const bundle of [...all].sort((a, b) => a.path.localeCompare(b.path))) {
    const original = bundle.identity === undefined ? undefined : first.get(bundle.identity);
    if (original) duplicates.push({ path: bundle.path, sameAs: original.path });
    else {
      if (bundle.identity !== undefined) first.set(bundle.identity, bundle);
      bundles.push(bundle);
    }
  }
  return { bundles, duplicates };
}

/** Groups, episodes and verdicts for the valid bundles (each counted once); `invalid` is passed through, sorted by path. */
export function summarizeFleet(all: readonly FleetBundle[], invalid: readonly FleetInvalid[], windowMinutes: number): FleetSummary {
  const { bundles, duplicates } = countOnce(all);
  const byKey = new Map<string, { fingerprint: ReturnType<typeof errorFingerprint>; bundles: FleetBundle[] }>();
  const keyOf = new Map<FleetBundle, string>();
  for (const bundle of bundles) {
    const fingerprint = errorFingerprint(bundle.errorCode, bundle.errorText, bundle.action);
    keyOf.set(bundle, fingerprint.key);
    const group = byKey.get(fingerprint.key);
    if (group) group.bundles.push(bundle);
    else byKey.set(fingerprint.key, { fingerprint, bundles: [bundle] });
  }
  const windowMs = windowMinutes * 60_000;
  const groups: FleetGroup[] = [...byKey.values()].map(({ fingerprint, bundles: members }) => {
    const sorted = [...members].sort((a, b) => timeOf(a) - timeOf(b) || a.path.localeCompare(b.path));
    const inGroup = new Set(sorted);
    const outside = bundles.filter((b) => !inGroup.has(b));
    return {
      fingerprint: fingerprint.key,
      errorCode: fingerprint.errorCode,
      action: fingerprint.action,
      maskedText: fingerprint.maskedText,
      ...stats(sorted, outside),
      episodes: splitEpisodes(sorted, windowMs).map((episode) => stats(episode, outside)),
    };
  });
  groups.sort((a, b) => b.bundles - a.bundles || a.firstAt.localeCompare(b.firstAt) || a.fingerprint.localeCompare(b.fingerprint));
  return {
    windowMinutes,
    groups,
    invalid: [...invalid].sort((a, b) => a.path.localeCompare(b.path)),
    duplicates,
    bundles: [...bundles].sort((a, b) => a.path.localeCompare(b.path)).map((b) => ({ ...b, group: keyOf.get(b)! })),
  };
}
