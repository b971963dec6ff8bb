/**
 * The collectors a bundle runs by default. New collectors are added here, once, and serve the
 * CLI, the Electron app and the tests alike.
 */
import type { CollectSettings } from './collect-settings.js';
import type { Collector } from './collector.js';
import { probesCollector, probesTurnedOff } from './probes-collector.js';
import { appLogCollector } from './app-log-collector.js';
import { networkCollector } from './network-collector.js';
import { systemCollector } from './system-collector.js';
import { vpnProxyCollector } from './vpn-proxy-collector.js';
import { zoomLogsCollector } from './zoom-logs-collector.js';
import { zoomVersionCollector } from './zoom-version-collector.js';

/** The collectors for one bundle run (probes run only when settings.probes is set; otherwise they show as skipped). */
export function defaultCollectors(settings: CollectSettings): Collector[] {
  return [
    systemCollector,
    zoomVersionCollector,
    zoomLogsCollector,
    networkCollector,
    vpnProxyCollector,
    appLogCollector,
    settings.probes ? probesCollector(settings) : probesTurnedOff,
  ];
}
