/**
 * evidence.json: what the readable Zoom logs say around the reported time (issue 27). Written by
 * the log-evidence step while the bundle is written (src-main/evidence), read by `zpb inspect`,
 * README.txt and, later, triage, the review screen and the fleet summary. This schema is the
 * contract between them.
 */
import { z } from 'zod';

/** Bumped on any change an older reader could misread. */
export const EVIDENCE_SCHEMA_VERSION = 1 as const;

/**
 * The kinds of event the step looks for. `reported-error` is the person's own error code or text
 * seen in a log (its `match` says exact or loose); every other kind is one row of the event table
 * (src-main/evidence/log-event-table.ts).
 */
export const LOG_EVENT_KINDS = [
  'reported-error',
  'http-error',
  'sip-error',
  'sign-in',
  'network-change',
  'vpn-proxy',
  'dns-failure',
  'tls-error',
  'audio-device',
  'crash-restart',
] as const;
export const logEventKindSchema = z.enum(LOG_EVENT_KINDS);
export type LogEventKind = z.infer<typeof logEventKindSchema>;

/** Each kind in words, for README.txt, `zpb inspect` and the screens. */
export const LOG_EVENT_KIND_WORDS: Readonly<Record<LogEventKind, string>> = {
  'reported-error': 'the reported error',
  'http-error': 'HTTP 4xx/5xx response',
  'sip-error': 'SIP 4xx/5xx/6xx response',
  'sign-in': 'sign-in, token or session',
  'network-change': 'network or interface change',
  'vpn-proxy': 'VPN or proxy',
  'dns-failure': 'DNS failure',
  'tls-error': 'TLS or certificate error',
  'audio-device': 'audio device',
  'crash-restart': 'crash or restart',
};

/**
 * Where a line's time came from: its own timestamp, or (a line without one, such as a header of a
 * SIP message) the nearest earlier line of the same file that has one.
 */
export const lineTimeSourceSchema = z.enum(['line', 'earlier-line']);

/** A place in a log: the file's bundle path, its 1-based line number, and the time when known. */
export const logPlaceSchema = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  /** ISO 8601 with the offset of the zone the time was read in; absent when the line has no time. */
  time: z.string().optional(),
  timeFrom: lineTimeSourceSchema.optional(),
});
export type LogPlace = z.infer<typeof logPlaceSchema>;

/** One log line (redacted, as it is in the bundle), cut to a few hundred characters. */
export const logLineSchema = logPlaceSchema.extend({ text: z.string() });
export type LogLine = z.infer<typeof logLineSchema>;

/** What a row could read out of the line: a status code, its reason phrase, an URL's path family, how the reported error matched. */
export const logEventDetailSchema = z.object({
  code: z.string().optional(),
  reason: z.string().optional(),
  pathFamily: z.string().optional(),
  match: z.enum(['exact', 'loose']).optional(),
});

export const logEventSchema = logLineSchema.extend({
  kind: logEventKindSchema,
  /** True when the time is within the window around the reported time. */
  inWindow: z.boolean(),
  detail: logEventDetailSchema.default({}),
});
export type LogEvent = z.infer<typeof logEventSchema>;

/** How often a kind appears in the whole collected range, and its first and last appearance. */
export const logEventTallySchema = z.object({
  kind: logEventKindSchema,
  count: z.number().int().nonnegative(),
  inWindow: z.number().int().nonnegative(),
  first: logPlaceSchema,
  last: logPlaceSchema,
});
export type LogEventTally = z.infer<typeof logEventTallySchema>;

/** One readable log as the step saw it. */
export const evidenceFileSchema = z.object({
  path: z.string(),
  lines: z.number().int().nonnegative(),
  /**
   * Whether its lines carry timestamps the step can read ('none': its lines cannot be placed in
   * time). Read on the lines the step looks at (each chunk's edges, events, the window), not on every line.
   */
  timestamps: z.enum(['found', 'none']),
  /** The timestamp forms seen (ids of src-main/evidence/log-timestamps.ts), most used first. */
  formats: z.array(z.string()).default([]),
  /** The first and last time in the file. */
  from: z.string().optional(),
  to: z.string().optional(),
  windowLines: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  /** Plain sentences: no timestamps, a clock that disagrees, times read with a guessed year. */
  notes: z.array(z.string()).default([]),
});
export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

export const logEvidenceSchema = z.object({
  schemaVersion: z.literal(EVIDENCE_SCHEMA_VERSION),
  /** The reported time and the zone the person gave (report.json). */
  occurredAt: z.string(),
  timeZone: z.string(),
  /** The zone of the machine that wrote the logs: times without an offset are read in it. */
  logTimeZone: z.string(),
  window: z.object({ from: z.string(), to: z.string(), minutes: z.number().int().positive() }),
  /** The reported code and text searched for, when the person gave them. */
  searched: z.object({ code: z.string().optional(), fullNumber: z.string().optional(), text: z.string().optional() }),
  limits: z.object({
    linesPerFile: z.number().int().positive(),
    linesInAll: z.number().int().positive(),
    events: z.number().int().positive(),
    /** True when the window held more lines (or events) than were kept. */
    linesCut: z.boolean(),
    eventsCut: z.boolean(),
  }),
  files: z.array(evidenceFileSchema),
  /** Encrypted Zoom logs (*.zenc): copied as they are, never read; Zoom support decrypts them. */
  encrypted: z.object({ count: z.number().int().nonnegative(), files: z.array(z.string()) }),
  /** The lines within the window, nearest the reported time first kept, listed in file and line order. */
  windowLines: z.array(logLineSchema),
  /** Events in the window (all kept up to the limit), then a few of each kind from the rest of the range. */
  events: z.array(logEventSchema),
  /** Every kind seen: count, count in the window, first and last place. */
  tallies: z.array(logEventTallySchema),
  /** Sentences for the whole result ("no readable Zoom log", "all logs are encrypted", ...). */
  notes: z.array(z.string()).default([]),
});
export type LogEvidence = z.infer<typeof logEvidenceSchema>;

/** evidence.json parsed, or undefined when it is absent or does not match (an older or damaged bundle). */
export function readLogEvidence(value: unknown): LogEvidence | undefined {
  return value === undefined ? undefined : logEvidenceSchema.safeParse(value).data;
}
