/**
 * The glossary: the words people see for the things the app and `zpb` talk about (collecting
 * steps, outcomes, verdicts; redaction categories live in redaction-category.ts), in one place, so the screen and the terminal say the same and
 * never show ids like `zoom-version` or `vpn-proxy`. Records are keyed by a union where one exists,
 * so a new case without words fails the type check.
 */
import { sentenceCase } from './sentence-case.js';
import type { CollectorStatus } from './collector-result.js';
import type { ProbeVerdict } from './probe-results.js';
import type { Confidence } from './triage/finding.js';

/** How sure a finding is, the same word on every screen and in the ticket summary. */
export const CONFIDENCE_WORDS: Readonly<Record<Confidence, string>> = { high: 'Likely', medium: 'Possible', low: 'Worth a look' };

/** A collecting step's outcome; "cancelled" when the person stopped it (never a red "failed"). */
export const STEP_OUTCOME_WORDS: Readonly<Record<CollectorStatus | 'cancelled', string>> = {
  ok: 'done',
  partial: 'partly done',
  failed: 'failed',
  skipped: 'skipped',
  cancelled: 'cancelled',
};

/** A collector that did not finish well, as the rest of a sentence ("Zoom logs could not be collected"). */
export const INCOMPLETE_SENTENCES: Readonly<Record<Exclude<CollectorStatus, 'ok'>, string>> = {
  failed: 'could not be collected',
  partial: 'was only partly collected',
  skipped: 'was skipped',
};

/** A network test's result. */
export const PROBE_VERDICT_WORDS: Readonly<Record<ProbeVerdict, string>> = {
  ok: 'Works',
  open: 'Works',
  answered: 'Works',
  refused: 'Connection refused',
  timeout: 'No answer in time',
  unreachable: 'Unreachable',
  'no-answer': 'No answer',
  'not-found': 'Name not found',
  intercepted: 'Intercepted (certificate not issued for Zoom)',
  'protocol-too-old': 'Old TLS version',
  'cert-expired': 'Certificate expired',
  'unexpected-status': 'Answered, unexpected status',
  degraded: 'Zoom reports a problem',
  'not-testable': 'Not testable from one computer',
  error: 'Failed',
};

/** The bundle's folders a person may leave out, as they read inside a sentence ("Include this app's own log"). */
export const BUNDLE_SECTION_WORDS = {
  'logs/zoom/': 'Zoom Workplace logs',
  'logs/app/': 'this app\u2019s own log',
} as const satisfies Readonly<Record<string, string>>;

/** Words that start a sentence: the first letter up, unless the text starts with a path or an id. */
export function sentenceStart(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (/[/\\.:_@]/.test(first)) return text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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

/** A probe verdict in words (a verdict this version does not know: as it is). */
export function probeVerdictWords(verdict: string): string {
  return (PROBE_VERDICT_WORDS as Readonly<Record<string, string>>)[verdict] ?? verdict;
}

/** A collector's name in words. */
export function collectorName(id: string): string {
  return (COLLECTOR_NAMES as Readonly<Record<string, string>>)[id] ?? sentenceCase(id);
}

