/**
 * The one service behind `zpb summarize` and the app's many-bundle review: check and read each
 * bundle as `zpb inspect` does (a few at a time, so reading one overlaps inflating another), then
 * group them.
 */
import type { FleetBundle, FleetInvalid, FleetSummary } from '../../src-shared/fleet/fleet-summary.js';
import { summarizeFleet } from '../../src-shared/fleet/group-bundles.js';
import { readBundleFacts } from '../fleet/summary/read-bundle-facts.js';

export interface SummarizeOptions {
  /** Incidents further apart than this start a new episode (default 120). */
  windowMinutes?: number;
  signal?: AbortSignal;
  /** Bundles read at once (default 4). */
  concurrency?: number;
  /** What was found but could not be read at all (a folder that cannot be listed): listed as not counted. */
  unreadable?: readonly FleetInvalid[];
}

export const DEFAULT_WINDOW_MINUTES = 120;

/** Reads, checks and groups the bundle files; a bad file is listed in `invalid`, never thrown. */
export async function summarizeBundles(files: readonly string[], options: SummarizeOptions = {}): Promise<FleetSummary> {
  const bundles: FleetBundle[] = [];
  const invalid: FleetInvalid[] = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      options.signal?.throwIfAborted();
      const file = files[next++]!;
      const facts = await readBundleFacts(file);
      if (facts.ok) bundles.push(facts.bundle);
      else invalid.push({ path: file, reason: facts.reason });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return summarizeFleet(bundles, [...invalid, ...(options.unreadable ?? [])], options.windowMinutes ?? DEFAULT_WINDOW_MINUTES);
}
