/**
 * What the network probes say about this computer's path to Zoom, with a confidence that follows
 * the evidence: no network at all is "offline", not "blocked"; one failed path among working ones
 * is "couldn't reach X (may be normal)"; hosts marked unconfirmed in the plan (no primary source
 * says Zoom Phone uses them) never raise a finding above "possible".
 */
import { probeName } from '../probe-names.js';
import type { ProbeResult, ProbeVerdict } from '../probe-results.js';
import { isPassingVerdict } from '../probe-results.js';
import type { Confidence, Finding, TriageRule } from './finding.js';
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

/** True when nothing answered at all and no name could be looked up: the computer is not online. */
function isOffline(input: TriageInput): boolean {
  const tested = input.probes.filter((p) => p.verdict !== 'not-testable');
  if (tested.length === 0) return false;
  // A refused connection is an answer too: some host on a network sent it.
  if (tested.some((p) => reached(p) || p.verdict === 'refused')) return false;
  // DNS that works (or refuses) proves a network; only lookups that all failed say "offline".
  return tested.filter((p) => p.kind === 'dns').every((p) => FAILED.has(p.verdict));
}

/** "This computer is offline": nothing could be looked up or reached. */
export const offlineRule: TriageRule<TriageInput> = (input) => {
  if (!isOffline(input)) return null;
  const tested = input.probes.filter((p) => p.verdict !== 'not-testable');
  const evidence = [`None of the ${tested.length} network checks got an answer, and no Zoom name could be looked up`];
  const net = input.network;
  if (net) {
    const up = net.interfaces.filter((i) => i.up && (i.ipv4 || i.ipv6));
    if (up.length === 0) evidence.push('No network connection is up on this computer');
    if (!net.defaultGateway) evidence.push('No default gateway (no route to the internet)');
  }
  return {
    id: 'measured.offline',
    title: 'This computer is offline',
    area: 'No network connection on this computer',
    evidence,
    nextSteps: ['Connect to a network (Wi-Fi or cable) and check that a web page opens.', 'Then create the bundle again, so the network checks can show whether Zoom Phone gets through.'],
    confidence: 'high',
  };
};

/** Blocked paths to Zoom, with a confidence that the evidence supports. */
export const blockedPortsRule: TriageRule<TriageInput> = (input): Finding | null => {
  if (isOffline(input)) return null;
  const path = input.probes.filter(isPathProbe);
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
export const NETWORK_PATH_RULES = [offlineRule, blockedPortsRule];
