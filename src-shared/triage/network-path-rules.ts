/**
 * What the network probes say about this computer's path to Zoom, with a confidence that follows
 * the evidence: no route and no DNS answer at all is "offline", not "blocked"; a resolver that
 * answers "no such name" is its own finding (DNS), never offline; checks only on unconfirmed hosts
 * that nothing answered "could not test"; one failed path among working ones
 * is "couldn't reach X (may be normal)"; hosts marked unconfirmed in the plan (no primary source
 * says Zoom Phone uses them) never raise a finding above "possible".
 */
import { probeName } from '../probe-names.js';
import { count } from '../plural-words.js';
import type { ProbeResult, ProbeVerdict } from '../probe-results.js';
import { isPassingVerdict } from '../probe-results.js';
import type { Confidence, Finding, TriageRule } from './finding.js';
import { LOOKUP_OUTCOME_WORDS, lookupsOf, resolverAnswered, type Lookup, type LookupOutcome } from './dns-lookups.js';
import type { TriageInput } from './triage-input.js';

/** Verdicts of a path that did not get through (a DNS name that did not resolve included). */
const FAILED: ReadonlySet<ProbeVerdict> = new Set(['refused', 'timeout', 'no-answer', 'unreachable', 'not-found', 'error']);
/** Verdicts that prove something on the far side answered, even if the answer was not the expected one. */
const ANSWERED: ReadonlySet<ProbeVerdict> = new Set(['unexpected-status', 'degraded', 'intercepted', 'protocol-too-old', 'cert-expired']);

const reached = (p: ProbeResult) => isPassingVerdict(p.verdict) || ANSWERED.has(p.verdict);
/** The status page is about Zoom's service, not this path; the media range is never tested. */
const isPathProbe = (p: ProbeResult) => p.kind !== 'status' && p.kind !== 'udp-range';
/** A failure that counts in full: a required target with a primary source. */
const counts = (p: ProbeResult) => p.required && !p.unconfirmed;

function failureLine(p: ProbeResult): string {
  const caveat = p.unconfirmed ? ' (host not confirmed as a Zoom Phone host)' : !p.required ? ' (optional check)' : '';
  const what = p.verdict === 'timeout' ? 'no answer in time' : p.verdict === 'not-found' ? 'name not found' : p.verdict === 'refused' ? 'connection refused' : p.verdict === 'no-answer' ? 'no answer' : p.verdict;
  return `${probeName(p)}: ${what}${caveat}`;
}

/** A probe this computer's network answered: a pass, an unexpected answer, or a refused connection. */
const answeredHere = (p: ProbeResult) => reached(p) || p.verdict === 'refused';

/** A connection probe that failed at its own host lookup: it never tested its port. */
const failedAtLookup = (p: ProbeResult) => p.kind !== 'dns' && typeof p.details.lookupError === 'string' && !answeredHere(p);

/**
 * How the network checks read as a whole. "not-tested": only hosts not confirmed as Zoom Phone
 * hosts (or optional checks) were tried and nothing answered, so nothing can be said either way.
 * "offline": nothing answered, every lookup went unanswered by any resolver, and the computer has
 * no route (no connection up or no gateway; "possible" when the network collector did not say).
 */
type PathState = 'online' | 'offline' | 'not-tested' | 'no-checks';

function pathState(input: TriageInput): PathState {
  const tested = input.probes.filter((p) => p.verdict !== 'not-testable' && isPathProbe(p));
  if (tested.length === 0) return 'no-checks';
  if (tested.some(answeredHere)) return 'online';
  const lookups = lookupsOf(tested);
  if (lookups.some(resolverAnswered)) return 'online';
  if (!tested.some(counts)) return 'not-tested';
  if (lookups.length === 0) return 'not-tested';
  return noRoute(input) === false ? 'online' : 'offline';
}

/** True: no connection up or no gateway; false: a connection with a gateway; null: not collected. */
function noRoute(input: TriageInput): boolean | null {
  const net = input.network;
  if (!net) return null;
  const up = net.interfaces.filter((i) => i.up && (i.ipv4 || i.ipv6));
  return up.length === 0 || !net.defaultGateway;
}

/** "This computer is offline": no route, and no resolver answered any lookup. */
export const offlineRule: TriageRule<TriageInput> = (input) => {
  if (pathState(input) !== 'offline') return null;
  const tested = input.probes.filter((p) => p.verdict !== 'not-testable');
  const evidence = [`None of the ${tested.length} network checks got an answer, and no Zoom name could be looked up`];
  const net = input.network;
  if (net) {
    const up = net.interfaces.filter((i) => i.up && (i.ipv4 || i.ipv6));
    if (up.length === 0) evidence.push('No network connection is up on this computer');
    if (!net.defaultGateway) evidence.push('No default gateway (no route to the internet)');
  } else {
    evidence.push('The network settings were not collected, so whether a connection is up is not known');
  }
  return {
    id: 'measured.offline',
    title: 'This computer is offline',
    area: 'No network connection on this computer',
    evidence,
    nextSteps: ['Connect to a network (Wi-Fi or cable) and check that a web page opens.', 'Then create the bundle again, so the network checks can show whether Zoom Phone gets through.'],
    confidence: net ? 'high' : 'medium',
  };
};

/** "Could not test": the checks that ran say nothing about Zoom Phone's path, so no verdict either way. */
export const notTestedRule: TriageRule<TriageInput> = (input) => {
  if (pathState(input) !== 'not-tested') return null;
  const tested = input.probes.filter((p) => p.verdict !== 'not-testable' && isPathProbe(p));
  const evidence = [
    `Only ${count(tested.length, 'check')} ran, none of them on a host confirmed as a Zoom Phone host`,
    ...tested.map(failureLine),
  ];
  if (!tested.some((p) => p.kind === 'dns')) evidence.push('No DNS check ran');
  return {
    id: 'measured.not-tested',
    title: 'The network checks could not test the path to Zoom',
    area: 'Not tested',
    evidence,
    nextSteps: ['Run the network checks again with the shipped plan (it tests zoom.us, which every Zoom Phone account uses).'],
    confidence: 'low',
  };
};

/** Resolvers named in words: those the probes recorded, else the network's, else the system's. */
function resolverWords(lookups: readonly Lookup[], input: TriageInput): string {
  const recorded = [...new Set(lookups.flatMap((l) => l.resolvers))];
  const servers = recorded.length > 0 ? recorded : (input.network?.dnsServers ?? []);
  if (servers.length === 0) return 'This computer\u2019s DNS resolver';
  return servers.length === 1 ? `DNS server ${servers[0]}` : `DNS servers ${servers.join(', ')}`;
}

/** "DNS cannot resolve Zoom's names": which resolver, which names, what it answered. */
export const dnsFailureRule: TriageRule<TriageInput> = (input) => {
  const state = pathState(input);
  if (state === 'offline' || state === 'not-tested' || state === 'no-checks') return null;
  const lookups = lookupsOf(input.probes.filter(isPathProbe));
  const resolved = new Set(lookups.filter((l) => l.outcome === 'resolved').map((l) => l.host));
  const failed = lookups.filter((l) => l.outcome !== 'resolved');
  if (failed.length === 0) return null;
  // A name another check resolved: this check asked elsewhere (a plan's own resolver) or was unlucky.
  const unresolved = failed.filter((l) => !resolved.has(l.host));
  const byOutcome = new Map<string, Set<string>>();
  for (const l of failed) {
    const words = LOOKUP_OUTCOME_WORDS[l.outcome as Exclude<LookupOutcome, 'resolved'>];
    byOutcome.set(words, (byOutcome.get(words) ?? new Set<string>()).add(l.host));
  }
  const who = resolverWords(failed, input);
  const evidence = [...byOutcome].map(([words, hosts]) => `${who} for ${[...hosts].join(', ')}: ${words}`);
  if (resolved.size > 0) evidence.push(`Resolved: ${[...resolved].join(', ')}`);
  const working = input.probes.filter((p) => isPathProbe(p) && p.kind !== 'dns' && answeredHere(p));
  if (working.length > 0) evidence.push(`This computer is online: ${working.map(probeName).join(', ')} answered`);
  else if (noRoute(input) === false) evidence.push('This computer has a network connection and a default gateway');
  const strong = unresolved.filter((l) => counts(l.probe));
  const confidence: Confidence = unresolved.length === 0 ? 'low' : strong.some(resolverAnswered) ? 'high' : 'medium';
  const title = unresolved.length === 0 ? 'A DNS check failed for names other checks resolved (may be normal)' : 'DNS cannot resolve Zoom\u2019s names';
  return {
    id: 'measured.dns-failure',
    title,
    area: 'DNS (name lookups)',
    evidence,
    nextSteps: [
      `Ask the network team why ${who.replace(/^This/, 'this')} does not resolve Zoom\u2019s names: a DNS filter, a wrong DNS setting or a split DNS setup can cause it.`,
      'Test on another network (mobile hotspot), or with another DNS server, to confirm.',
    ],
    confidence,
  };
};

/** Blocked paths to Zoom, with a confidence that the evidence supports. */
export const blockedPortsRule: TriageRule<TriageInput> = (input): Finding | null => {
  if (pathState(input) !== 'online') return null;
  // Name lookups are the DNS finding's: a DNS check, or a connection that never got an address.
  const path = input.probes.filter((p) => isPathProbe(p) && p.kind !== 'dns' && !failedAtLookup(p));
  const failed = path.filter((p) => FAILED.has(p.verdict));
  if (failed.length === 0) return null;
  const working = path.filter(reached);
  const strong = failed.filter(counts);
  const workingLine = working.length > 0 ? [`Working: ${working.map(probeName).join(', ')}`] : [];
  const evidence = [...failed.map(failureLine), ...workingLine];
  const connectionWorks = working.some((p) => p.kind !== 'dns');
  let confidence: Confidence;
  let title: string;
  if (!connectionWorks && strong.length > 0) {
    title = 'Zoom Phone traffic is blocked on this network';
    confidence = 'high';
  } else if (strong.length >= 2) {
    title = 'Some Zoom Phone traffic is blocked on this network';
    confidence = 'medium';
  } else if (!connectionWorks) {
    // Only unconfirmed or optional targets were tried and failed: a lead, never more than "possible".
    title = 'Zoom hosts could not be reached from this network';
    confidence = 'medium';
  } else {
    const only = failed.length === 1 ? probeName(failed[0]!) : `${failed.length} Zoom hosts`;
    title = `Couldn\u2019t reach ${only} (may be normal)`;
    confidence = 'low';
  }
  const nextSteps =
    confidence === 'low'
      ? ['If calls and sign-in work, this may be normal: not every account uses every Zoom host.', 'If Zoom Phone fails, ask the network team to check the ports named above.']
      : ['Ask the network team to allow Zoom Phone traffic: TCP 443, TCP 5091, UDP 3478, UDP 20000-64000.', 'Test on another network (mobile hotspot) to confirm.'];
  return { id: 'measured.blocked-ports', title, area: 'Firewall or network path', evidence, nextSteps, confidence };
};

/** The network path rules. */
export const NETWORK_PATH_RULES = [offlineRule, notTestedRule, dnsFailureRule, blockedPortsRule];
