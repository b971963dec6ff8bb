/**
 * Stops V8's young generation from growing past a size, from inside the process. A bundle's scan
 * makes short-lived strings at a high rate, and V8 then doubles the young generation step by step
 * to 32 MB (two semi-spaces of 16): 15-30 MB of a `zpb collect` peak (docs/perf-notes.md). Heap
 * sizes can only be given on the command line (`--max-semi-space-size`, which a user's `zpb` never
 * gets), but the growth factor is read at each growth: once the space reaches the cap, a factor of 1
 * holds it there. A factor of 1 from the start would keep the 1-2 MB initial size, which promoted
 * more strings to the old generation and cost CPU.
 */
import v8 from 'node:v8';

/** How often the young generation's size is read (each read takes microseconds). */
const POLL_MS = 10;

/** The young generation's size now, in bytes. */
export function youngGenerationBytes(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

/**
 * Holds the young generation at the first size it reaches at or above `megabytes`; returns a
 * function that stops. The flag is set again at every poll once the cap is reached: starting a
 * worker thread puts V8's flags back as the command line gave them (measured: the young generation
 * grew to 32 MB after the systeminformation worker started).
 */
export function capYoungGeneration(megabytes: number): () => void {
  const cap = megabytes * 1024 * 1024;
  let reached = false;
  const timer = setInterval(() => {
    reached ||= youngGenerationBytes() >= cap;
    if (reached) v8.setFlagsFromString('--semi-space-growth-factor=1');
  }, POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
