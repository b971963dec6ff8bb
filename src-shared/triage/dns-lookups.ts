/**
 * What the probes say about looking up names: every DNS probe, and every connection probe whose
 * host name was (or could not be) resolved. A resolver that answers "no such name" proves this
 * computer is online; only silence from every resolver is consistent with "offline".
 */
import type { ProbeResult } from '../probe-results.js';
import { isPassingVerdict } from '../probe-results.js';

/** How one lookup ended. Every outcome but `no-answer` is an answer from a resolver. */
export type LookupOutcome = 'resolved' | 'no-such-name' | 'no-records' | 'server-failure' | 'refused' | 'no-answer';

export interface Lookup {
  host: string;
  outcome: LookupOutcome;
  /** The resolvers asked, when the probe recorded them. */
  resolvers: string[];
  /** From a DNS check (true) or a connection's own lookup (false). */
  dnsCheck: boolean;
  probe: ProbeResult;
}

/** The outcome in words, with the DNS response code a network engineer looks for. */
export const LOOKUP_OUTCOME_WORDS: Record<Exclude<LookupOutcome, 'resolved'>, string> = {
  'no-such-name': 'no such name (NXDOMAIN)',
  'no-records': 'no address records (NOERROR, no data)',
  'server-failure': 'server failure (SERVFAIL)',
  refused: 'query refused (REFUSED)',
  'no-answer': 'no answer',
};

/** c-ares codes (node:dns) that a resolver sent back, by outcome; anything else is silence. */
const ANSWER_CODES: Record<string, LookupOutcome> = {
  ENOTFOUND: 'no-such-name',
  ENONAME: 'no-such-name',
  ENODATA: 'no-records',
  ESERVFAIL: 'server-failure',
  EREFUSED: 'refused',
  EFORMERR: 'server-failure',
  ENOTIMP: 'server-failure',
};

/** The outcome of a set of c-ares codes: the most telling answer among them, else silence. */
function outcomeOfCodes(codes: readonly string[]): LookupOutcome {
  const outcomes = codes.map((c) => ANSWER_CODES[c] ?? 'no-answer');
  for (const preferred of ['no-such-name', 'server-failure', 'refused', 'no-records'] as const) if (outcomes.includes(preferred)) return preferred;
  return 'no-answer';
}

const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-f:]*:[0-9a-f:.]*\]?)$/i;
/** Verdicts that show the far side was reached, so the name was resolved. */
const REACHED = new Set(['unexpected-status', 'degraded', 'intercepted', 'protocol-too-old', 'cert-expired', 'refused']);

function dnsLookup(p: ProbeResult): LookupOutcome | null {
  if (p.verdict === 'ok') return 'resolved';
  const codes = Array.isArray(p.details.errors) ? p.details.errors.map(String) : null;
  // Bundles made before the codes were kept: "not-found" was a resolver's NXDOMAIN or empty answer.
  if (!codes) return p.verdict === 'not-found' ? 'no-such-name' : p.verdict === 'not-testable' ? null : 'no-answer';
  return codes.length === 0 ? 'no-records' : outcomeOfCodes(codes);
}

function connectionLookup(p: ProbeResult): LookupOutcome | null {
  if (IP_LITERAL.test(p.host)) return null;
  if (typeof p.details.lookupError === 'string') return outcomeOfCodes([p.details.lookupError]);
  if (isPassingVerdict(p.verdict) || REACHED.has(p.verdict) || typeof p.details.address === 'string') return 'resolved';
  return null; // failed without saying whether the lookup or the connection did
}

/** Every lookup the probes show, in probe order. */
export function lookupsOf(probes: readonly ProbeResult[]): Lookup[] {
  const lookups: Lookup[] = [];
  for (const probe of probes) {
    if (probe.kind === 'udp-range' || probe.verdict === 'not-testable') continue;
    const dnsCheck = probe.kind === 'dns';
    const outcome = dnsCheck ? dnsLookup(probe) : connectionLookup(probe);
    if (!outcome) continue;
    const resolvers = Array.isArray(probe.details.resolvers) ? probe.details.resolvers.map(String) : [];
    lookups.push({ host: probe.host, outcome, resolvers, dnsCheck, probe });
  }
  return lookups;
}

/** True when a resolver answered this lookup (any answer, "no such name" included). */
export const resolverAnswered = (lookup: Lookup): boolean => lookup.outcome !== 'no-answer';
