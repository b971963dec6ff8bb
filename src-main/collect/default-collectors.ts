/**
 * The collectors a bundle runs by default. New collectors are added here, once, and serve the
 * CLI, the Electron app and the tests alike.
 */
import type { CollectSettings } from './collect-settings.js';
import type { Collector } from './collector.js';
import { probesCollector } from './probes-collector.js';
import { systemCollector } from './system-collector.js';
import { zoomLogsCollector } from './zoom-logs-collector.js';

/** The collectors for one bundle run (probes only when settings.probes is set). */
export function defaultCollectors(settings: CollectSettings): Collector[] {
  return [
    systemCollector,
    zoomLogsCollector,
    ...(settings.probes ? [probesCollector(settings)] : []),
  ];
}
