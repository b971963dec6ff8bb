/**
 * Holds V8's heap growth in check from inside the process (docs/perf-notes.md). A bundle's scan
 * makes short-lived strings at a high rate, and V8 then:
 * - doubles the young generation step by step to 32 MB (two semi-spaces of 16): 15-30 MB of a
 *   `zpb collect` peak;
 * - lets the old generation grow to up to four times what survived the last full collection
 *   before it collects again: the pieces of log text that outlive two scavenges while they are
 *   scanned die there, and the peak swung by ~15 MB from run to run.
 * Heap sizes can only be given on the command line (`--max-semi-space-size`, which a user's `zpb`
 * never gets), but two flags are read while the program runs: `--semi-space-growth-factor` at each
 * growth of the young generation (a factor of 1 holds it once it reaches the cap; a factor of 1 from
 * the start would keep the 1-2 MB initial size, which promoted more strings and cost CPU), and
 * `--heap-growing-percent` after each full collection.
 *
 * Start-up (loading the modules, building the redaction rules) is one long synchronous stretch in
 * which most of what is allocated survives, so V8 doubled the young generation several times
 * between two polls (1 to 16 MB, past the cap, on Node 20 and 22). The young generation is held
 * (factor 1) until bulk work is announced (bulk-work.ts); then it grows to the cap while the poll
 * can see each step, as the bundle's work yields between reads.
 */
import v8 from 'node:v8';
import { onBulkWork } from '../bulk-work.js';

/** How often the heap is looked at (each read takes microseconds). */
const POLL_MS = 10;

export interface HeapGrowthLimits {
  /** Hold the young generation at the first size it reaches at or above this. */
  youngGenerationMb: number;
  /** After a full collection, let the old generation grow by this much (percent) before the next. */
  oldGenerationGrowthPercent: number;
}

/** The young generation's size now, in bytes. */
export function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Applies the limits for the rest of the process. The flags are set
 * again at every poll: starting a worker thread puts V8's flags back as the command line gave them
 * (what was measured: docs/perf-notes.md, "Peak memory of `zpb collect`").
 */
export function limitHeapGrowth(limits: HeapGrowthLimits): void {
  const cap = limits.youngGenerationMb * 1024 * 1024;
  const oldGrowth = `--heap-growing-percent=${limits.oldGenerationGrowthPercent}`;
  let growing = false;
  let reached = false;
  const apply = () => {
    v8.setFlagsFromString(oldGrowth);
    reached ||= youngGenerationBytes() >= cap;
    // V8's own factor is 2; it is set again at each poll because a worker's start resets it.
    v8.setFlagsFromString(`--semi-space-growth-factor=${growing && !reached ? 2 : 1}`);
  };
  apply();
  onBulkWork(() => {
    growing = true;
    apply();
  });
  setInterval(apply, POLL_MS).unref();
}
