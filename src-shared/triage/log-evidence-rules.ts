/**
 * What the Zoom logs say around the reported time (evidence.json) as triage evidence. Two leads
 * are read from the events, each naming the log lines (file:line) behind it:
 * - account: Zoom refusing the account (a SIP 403, an HTTP 401 or 403, or the person's own 401/403
 *   code found in the logs) near the reported time points at the account or provisioning;
 * - network: the network or VPN changing in the seconds before the error points at the network.
 * A lead tied to the reported error as the logs show it (the person's code found in a log line
 * near the reported time) is stronger than one only near the time the person gave, which is
 * a minute or two off at best. A lead adds its lines to the findings of its area and raises them
 * one step when it is itself at least "possible"; with no such finding it stands as its own.
 * What the logs did or did not add is said in one sentence (analysis.logSummary), so a bundle
 * whose logs are encrypted or quiet says so instead of pretending.
 */
import { LOG_EVENT_KIND_WORDS, type LogEvent, type LogEvidence } from '../log-evidence.js';
import { count } from '../plural-words.js';
import { CONFIDENCES, type Confidence, type Finding, type FindingId } from './finding.js';

/** How far from the logged error a refusal is "at" the error. */
const REFUSAL_CLOSE_MS = 60_000;
/** How long before the logged error a network change is "just before" it. */
const CHANGE_BEFORE_MS = 120_000;
/** Without the error in the logs: a network change this close to the reported minute. */
const CHANGE_NEAR_REPORTED_MS = { before: 180_000, after: 60_000 };
/** Log lines quoted per lead. */
const LINES_PER_LEAD = 3;

export type LogLeadArea = 'account' | 'network';

/** One lead from the logs: its area, how strong it is on its own, and the lines that show it. */
export interface LogLead {
  area: LogLeadArea;
  strength: Confidence;
  evidence: string[];
}

/** Findings whose area a lead supports (the lead's lines go there when one of them is raised). */
const SUPPORTED: Readonly<Record<LogLeadArea, readonly FindingId[]>> = {
  account: ['seed.one-user', 'repair.dialing', 'repair.edit-phone-user', 'seed.outside-calls', 'seed.desk-phone-only', 'repair.desk-phone'],
  network: ['measured.vpn-proxy', 'seed.one-network', 'measured.offline'],
};

/** A lead's own finding, when no finding of its area was raised by the report or the measurements. */
const OWN_FINDING: Readonly<Record<LogLeadArea, Omit<Finding, 'evidence' | 'confidence'>>> = {
  account: {
    id: 'logs.account-refused',
    title: 'The logs show Zoom refusing the account near the error',
    area: 'Account, license, provisioning (extension, calling plan, number or device assignment), session',
    nextSteps: [
      'Admin: verify the user\u2019s Zoom Phone license, extension, calling plan and number (and the device assignment for a desk phone).',
      'Refresh the session: sign out, quit Zoom fully, sign in again.',
      'Give Zoom support the log lines named here.',
    ],
  },
  network: {
    id: 'logs.network-change',
    title: 'The network changed just before the error',
    area: 'Network path on this computer: interface, Wi-Fi or VPN change',
    nextSteps: [
      'Try again once the connection is steady; if the error follows every Wi-Fi or VPN switch, test on one fixed network.',
      'If a VPN reconnects or changes routes, review its rules for Zoom Phone.',
    ],
  },
};

const ms = (time: string | undefined) => (time === undefined ? Number.NaN : Date.parse(time));

/** "09:05:01" of an ISO time, on the logs' clock (as evidence.txt and the timeline show it). */
function clock(time: string): string {
  return time.slice(11, 19);
}

/** "1 s", "4 min" between two instants. */
function gap(a: number, b: number): string {
  const seconds = Math.round(Math.abs(a - b) / 1000);
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/** What an event shows, in a few words: "SIP 403 Forbidden", "a network change (ERR_NETWORK_CHANGED)". */
export function eventWords(event: LogEvent): string {
  const d = event.detail;
  const code = d.code ? `${d.code}${d.reason ? ` ${d.reason}` : ''}` : '';
  switch (event.kind) {
    case 'sip-error':
      return `SIP ${code}`.trim();
    case 'http-error':
      return `HTTP ${code}${d.pathFamily ? ` on ${d.pathFamily}` : ''}`.trim();
    case 'reported-error':
      return `the reported error (${d.match ?? 'loose'} match)`;
    case 'network-change':
      return 'a network change';
    case 'vpn-proxy':
      return 'a VPN or proxy change';
    default:
      return LOG_EVENT_KIND_WORDS[event.kind];
  }
}

const where = (event: LogEvent) => `${event.file}:${event.line}`;

/** True for the events that say Zoom refused the account or the request as unauthorised. */
function isRefusal(event: LogEvent, searchedCode: string | undefined): boolean {
  const code = event.detail.code;
  if (event.kind === 'sip-error') return code === '403';
  if (event.kind === 'http-error') return code === '401' || code === '403';
  // The person's own code, when it is a refusal, found in the logs.
  return event.kind === 'reported-error' && (searchedCode === '401' || searchedCode === '403');
}

/** The reported error as the logs show it: the found line nearest the reported time (an exact match before a loose one). */
export function loggedError(evidence: LogEvidence): LogEvent | undefined {
  const at = ms(evidence.occurredAt);
  const found = evidence.events.filter((e) => e.kind === 'reported-error' && e.inWindow && !Number.isNaN(ms(e.time)));
  const rank = (e: LogEvent) => (e.detail.match === 'exact' ? 0 : 1);
  return found.sort((a, b) => rank(a) - rank(b) || Math.abs(ms(a.time) - at) - Math.abs(ms(b.time) - at))[0];
}

/** An event placed against the logged error (or, without one, the reported time). */
function placed(event: LogEvent, anchor: LogEvent | undefined, occurredMs: number): string {
  const t = ms(event.time);
  const relation = anchor
    ? `${gap(t, ms(anchor.time))} ${t <= ms(anchor.time) ? 'before' : 'after'} the reported error was logged`
    : `${gap(t, occurredMs)} ${t <= occurredMs ? 'before' : 'after'} the reported time`;
  return `Logs: ${eventWords(event)} at ${clock(event.time!)}, ${relation} (${where(event)})`;
}

function quote(events: LogEvent[], anchor: LogEvent | undefined, occurredMs: number): string[] {
  const lines = events.slice(0, LINES_PER_LEAD).map((e) => placed(e, anchor, occurredMs));
  // The rest in one line that still names a place to start reading: the next of them.
  if (events.length > LINES_PER_LEAD) lines.push(`Logs: ${events.length - LINES_PER_LEAD} more like these in evidence.txt, the next (${where(events[LINES_PER_LEAD]!)})`);
  return lines;
}

/** The leads the logs give; none when they hold nothing near the reported time. */
export function logLeads(evidence: LogEvidence): LogLead[] {
  const occurredMs = ms(evidence.occurredAt);
  const anchor = loggedError(evidence);
  const anchorMs = anchor ? ms(anchor.time) : Number.NaN;
  const timed = evidence.events.filter((e) => e.inWindow && !Number.isNaN(ms(e.time)));
  const nearest = (a: LogEvent, b: LogEvent) => Math.abs(ms(a.time) - (anchor ? anchorMs : occurredMs)) - Math.abs(ms(b.time) - (anchor ? anchorMs : occurredMs));
  const code = evidence.searched.code;
  const anchorLine = anchor ? [`Logs: the reported error${code ? ` (code ${code})` : ''} at ${clock(anchor.time!)} (${where(anchor)})`] : [];
  const leads: LogLead[] = [];

  const refusals = timed.filter((e) => isRefusal(e, evidence.searched.code)).sort(nearest);
  if (refusals.length > 0) {
    // A SIP or HTTP refusal within a minute of the logged error; the person's own 403 found in the logs alone is only possible.
    const close = anchor !== undefined && refusals.some((e) => e.kind !== 'reported-error' && Math.abs(ms(e.time) - anchorMs) <= REFUSAL_CLOSE_MS);
    const shown = refusals.filter((e) => e !== anchor);
    leads.push({ area: 'account', strength: close ? 'high' : 'medium', evidence: [...anchorLine, ...quote(shown, anchor, occurredMs)] });
  }

  const changes = timed.filter((e) => e.kind === 'network-change' || e.kind === 'vpn-proxy');
  const before = anchor
    ? changes.filter((e) => ms(e.time) <= anchorMs && anchorMs - ms(e.time) <= CHANGE_BEFORE_MS)
    : changes.filter((e) => ms(e.time) >= occurredMs - CHANGE_NEAR_REPORTED_MS.before && ms(e.time) <= occurredMs + CHANGE_NEAR_REPORTED_MS.after);
  if (before.length > 0) {
    leads.push({ area: 'network', strength: anchor ? 'medium' : 'low', evidence: [...anchorLine, ...quote(before.sort(nearest), anchor, occurredMs)] });
  }
  return leads;
}

const raise = (c: Confidence): Confidence => CONFIDENCES[Math.max(0, CONFIDENCES.indexOf(c) - 1)]!;

/** The findings with the logs' leads applied: supported findings gain the lines (and a step), or a lead stands as its own finding. */
export function applyLogLeads(findings: readonly Finding[], leads: readonly LogLead[]): Finding[] {
  let out = [...findings];
  for (const lead of leads) {
    const supported = out.filter((f) => SUPPORTED[lead.area].includes(f.id));
    if (supported.length === 0) {
      out.push({ ...OWN_FINDING[lead.area], evidence: lead.evidence, confidence: lead.strength });
      continue;
    }
    // Two pieces of evidence for one area (the report or a measurement, and the logs) make it one step likelier; a weak lead only adds its lines.
    const step = lead.strength !== 'low';
    out = out.map((f) => (supported.includes(f) ? { ...f, evidence: [...f.evidence, ...lead.evidence], confidence: step ? raise(f.confidence) : f.confidence } : f));
  }
  return out;
}

/** One sentence: what the logs added to triage, or why they added nothing. */
export function logSummary(evidence: LogEvidence, leads: readonly LogLead[]): string {
  const encrypted = evidence.encrypted.count;
  if (evidence.files.length === 0) {
    return encrypted > 0
      ? `${encrypted === 1 ? 'The Zoom log is encrypted: nothing in it' : `The ${encrypted} Zoom logs are encrypted: nothing in them`} could be read, so no finding rests on the logs (Zoom support decrypts them).`
      : 'No readable Zoom log was collected: no finding rests on the logs.';
  }
  const readable = `In ${count(evidence.files.length, 'readable Zoom log')}${encrypted > 0 ? ` (${encrypted} more encrypted, not read)` : ''}`;
  if (evidence.files.every((f) => f.timestamps === 'none')) return `${readable}: no timestamps this app can read, so no line could be placed near the reported time and no finding rests on the logs.`;
  const near = evidence.events.filter((e) => e.inWindow);
  const anchor = loggedError(evidence);
  const seen = anchor ? ` The reported error is logged at ${clock(anchor.time!)} (${where(anchor)}).` : ' The reported error was not found near the reported time.';
  if (near.length === 0) return `${readable}: no event within ${evidence.window.minutes} minutes of the reported time, so the findings rest on the report and the measurements.`;
  if (leads.length === 0) return `${readable}: ${count(near.length, 'event')} near the reported time, none of which points at an area.${seen}`;
  const areas = leads.map((l) => (l.area === 'account' ? 'the account or provisioning' : 'the network')).join(' and ');
  return `${readable}: events near the reported time point at ${areas} (the findings name the lines).${seen}`;
}
