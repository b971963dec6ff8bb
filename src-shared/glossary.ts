/**
 * The glossary: the words people see for the things the app and `zpb` talk about (collecting
 * steps, redaction categories...), in one place, so the screen and the terminal say the same and
 * never show ids like `zoom-version` or `vpn-proxy`. Records are keyed by a union where one exists,
 * so a new case without words fails the type check.
 */

/** The steps of collecting: the collectors, then writing the bundle. */
export const COLLECT_STEPS = ['system', 'zoom-version', 'zoom-logs', 'network', 'vpn-proxy', 'app-log', 'probes', 'bundle'] as const;
export type CollectStepId = (typeof COLLECT_STEPS)[number];

/** Collectors (and the bundle writer) by id. */
const COLLECTOR_NAMES: Readonly<Record<CollectStepId, string>> = {
  system: 'Computer and operating system',
  'zoom-version': 'Zoom version',
  'zoom-logs': 'Zoom logs',
  network: 'Network connection',
  'vpn-proxy': 'VPN and proxy',
  'app-log': 'This app\u2019s own log',
  probes: 'Network tests',
  bundle: 'Writing the bundle',
};

/** Redaction categories by id, plural (they label counts). */
const REDACTION_NAMES: Readonly<Record<string, string>> = {
  auth: 'Sign-in headers',
  email: 'Email addresses',
  extension: 'Phone extensions',
  host: 'Computer and server names',
  ip: 'IP addresses',
  jwt: 'Access tokens',
  mac: 'Hardware (MAC) addresses',
  name: 'Names',
  'oauth-code': 'Sign-in codes',
  phone: 'Phone numbers',
  secret: 'Passwords, keys and secrets',
  'url-credentials': 'Passwords in web addresses',
  user: 'SIP user names',
  wifi: 'Wi-Fi network names',
};

/** "some-id" -> "Some id": the fallback for a name this version does not know yet. */
function sentenceCase(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A collector's name in words. */
export function collectorName(id: string): string {
  return (COLLECTOR_NAMES as Readonly<Record<string, string>>)[id] ?? sentenceCase(id);
}

/** A redaction category's name in words. */
export function redactionCategoryName(category: string): string {
  return REDACTION_NAMES[category] ?? sentenceCase(category);
}
