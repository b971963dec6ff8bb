/**
 * The collectors a bundle runs by default. New collectors are added here, once, and serve the
 * CLI, the Electron app and the tests alike.
 */
import type { Collector } from './collector.js';
import { systemCollector } from './system-collector.js';
import { zoomLogsCollector } from './zoom-logs-collector.js';

export interface CollectorSelection {
  /** Include network probes (they take up to their deadline). */
  probes: boolean;
}

/** The collectors for one bundle run. */
export function defaultCollectors(_selection: CollectorSelection): Collector[] {
  return [systemCollector, zoomLogsCollector];
}
