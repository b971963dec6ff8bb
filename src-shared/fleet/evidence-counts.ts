/**
 * What the fleet summary counts from each bundle's evidence.json: which kinds of event the logs
 * show at the error time (within the window around the reported time), so a group can say "12 of
 * 15 bundles show SIP 403 at the error time". A SIP or HTTP failure is counted with its status
 * code (a 403 and a 503 point at different places); every other kind as its kind.
 */
import { z } from 'zod';
import { LOG_EVENT_KIND_WORDS, LOG_EVENT_KINDS, type LogEventKind } from '../log-evidence.js';
import { count, nounFor } from '../plural-words.js';

/** How many bundles of a set show each event at the error time, out of those whose logs could be read. */
export const fleetLogCountsSchema = z.object({
  /** Bundles whose evidence.json read at least one log with timestamps (the others cannot show anything). */
  withLogs: z.number().int().nonnegative(),
  /** Each event ("sip-error 403", "network-change") with the bundles that show it, most first. */
  events: z.array(z.object({ event: z.string(), bundles: z.number().int().positive() })),
});
export type FleetLogCounts = z.infer<typeof fleetLogCountsSchema>;

const KINDS = new Set<string>(LOG_EVENT_KINDS);
/** Kinds counted with their status code. */
const WITH_CODE = new Set<string>(['sip-error', 'http-error']);

const field = (value: unknown, key: string): unknown => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined);
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The events one bundle's logs show at the error time, picked field by field from its
 * evidence.json (summarize reads hundreds of bundles: no full parse); undefined when it has none
 * or none of its logs could be placed in time (all encrypted, no timestamps).
 */
export function pickLogEvents(evidence: unknown): string[] | undefined {
  if (field(evidence, 'schemaVersion') !== 1) return undefined;
  if (!array(field(evidence, 'files')).some((file) => field(file, 'timestamps') === 'found')) return undefined;
  const events = new Set<string>();
  for (const event of array(field(evidence, 'events'))) {
    const kind = field(event, 'kind');
    if (field(event, 'inWindow') !== true || typeof kind !== 'string' || !KINDS.has(kind)) continue;
    const code = field(field(event, 'detail'), 'code');
    events.add(WITH_CODE.has(kind) && typeof code === 'string' && /^\d{3}$/.test(code) ? `${kind} ${code}` : kind);
  }
  return [...events].sort();
}

/** Adds up a set of bundles' events (each bundle counted once per event). */
export function countLogEvents(set: readonly { logEvents?: string[] }[]): FleetLogCounts {
  const counts = new Map<string, number>();
  let withLogs = 0;
  for (const bundle of set) {
    if (!bundle.logEvents) continue;
    withLogs++;
    for (const event of new Set(bundle.logEvents)) counts.set(event, (counts.get(event) ?? 0) + 1);
  }
  const events = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([event, bundles]) => ({ event, bundles }));
  return { withLogs, events };
}

/** An event in words: "SIP 403", "HTTP 401", "the reported error", "network or interface change". */
export function logEventWords(event: string): string {
  const [kind, code] = event.split(' ') as [string, string | undefined];
  if (code && kind === 'sip-error') return `SIP ${code}`;
  if (code && kind === 'http-error') return `HTTP ${code}`;
  return KINDS.has(kind) ? LOG_EVENT_KIND_WORDS[kind as LogEventKind] : event;
}

/** The lines a summary shows: "12 of 15 bundles show SIP 403 at the error time", and how many logs could not be read. */
export function logCountLines(logs: FleetLogCounts | undefined, bundles: number): string[] {
  if (!logs) return [];
  const lines = logs.events.map((e) => `${e.bundles} of ${count(bundles, 'bundle')} ${e.bundles === 1 ? 'shows' : 'show'} ${logEventWords(e.event)} at the error time`);
  const unread = bundles - logs.withLogs;
  if (unread > 0) lines.push(`${unread} of ${count(bundles, 'bundle')} without logs that could be read in time (none, encrypted or without timestamps)`);
  else if (logs.events.length === 0) lines.push(`No event at the error time in the logs of the ${bundles === 1 ? 'bundle' : `${bundles} ${nounFor(bundles, 'bundle')}`}`);
  return lines;
}
