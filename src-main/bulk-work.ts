/**
 * A signal that the process's bulk work (a bundle's reading, redacting and compressing) starts, for
 * process-wide policies that must treat start-up differently: the CLI's heap limits hold the young
 * generation small while modules load and the rules are built, and let it grow once the work that
 * the limits were tuned for begins (cli/heap-growth-limits.ts). Without a listener it does nothing.
 */
const listeners = new Set<() => void>();

/** Calls `listener` once, when bulk work first starts (at once if it has started already). */
export function onBulkWork(listener: () => void): void {
  if (started) listener();
  else listeners.add(listener);
}

let started = false;

/** Says that bulk work starts; listeners run once, synchronously. */
export function announceBulkWork(): void {
  if (started) return;
  started = true;
  for (const listener of listeners) listener();
  listeners.clear();
}
