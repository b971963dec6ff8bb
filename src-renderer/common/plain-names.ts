/**
 * What people call the parts of a bundle: collectors, redaction categories and verdicts in words,
 * so screens never show ids like `zoom-version` or `vpn-proxy`.
 */
import { sentenceCase } from '../../src-shared/sentence-case.js';

/** Collectors (and the bundle writer) by id. */
const COLLECTOR_NAMES: Readonly<Record<string, string>> = {
  system: 'Computer and operating system',
  'zoom-version': 'Zoom version',
  'zoom-logs': 'Zoom logs',
  network: 'Network connection',
  'vpn-proxy': 'VPN and proxy',
  'app-log': 'This app\u2019s own log',
  probes: 'Network tests',
  bundle: 'Writing the bundle',
};

/** A collector's name in words. */
export function collectorName(id: string): string {
  return COLLECTOR_NAMES[id] ?? sentenceCase(id);
}
