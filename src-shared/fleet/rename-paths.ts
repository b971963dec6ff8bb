/**
 * A summary with every bundle path replaced (dropped bundles are read from private temporary
 * copies; the screen shows and reopens them by the names they were dropped with).
 */
import type { FleetStats, FleetSummary } from './fleet-summary.js';

/** `summary` with `rename` applied to every path it holds. */
export function renameFleetPaths(summary: FleetSummary, rename: (path: string) => string): FleetSummary {
  const stats = <T extends FleetStats>(s: T): T => ({ ...s, paths: s.paths.map(rename) });
  return {
    ...summary,
    groups: summary.groups.map((g) => ({ ...stats(g), episodes: g.episodes.map(stats) })),
    invalid: summary.invalid.map((i) => ({ ...i, path: rename(i.path) })),
    duplicates: summary.duplicates.map((d) => ({ path: rename(d.path), sameAs: rename(d.sameAs) })),
    bundles: summary.bundles.map((b) => ({ ...b, path: rename(b.path) })),
  };
}
