/**
 * `zpb collect`'s flags: the help text, and parsing them into the report and what the person chose
 * (CollectArgs). What the flags, the link and the policy then make of a run is the collect plan
 * (src-shared/collect-plan.ts, through collect-plan-flags.ts).
 */
import { REDACTION_PROFILES, redactionProfileSchema, type RedactionProfile } from '../../src-shared/bundle-manifest.js';
import { unsignedPlanLink, type PlanLink } from '../../src-shared/collect-plan.js';
import {
  FAILED_ACTIONS,
  incidentReportSchema,
  isValidTimeZone,
  LINK_ANSWERABLE,
  NETWORKS,
  RECENT_CHANGES,
  SCOPES,
  type IncidentReport,
  type IncidentReportInput,
} from '../../src-shared/incident-report.js';
import { isoInZone } from '../../src-shared/zoned-time.js';
import { RequestLinkError, type RequestLink } from '../../src-shared/request-link.js';
import { signedRequestToken, type VerifiedRequest } from '../../src-shared/signed-request.js';
import type { CollectSettings } from '../collect/collect-settings.js';
import { parsePositiveNumber } from './number-flag.js';
import { parseCommandArgs } from './command-args.js';
import { UsageError } from './usage-error.js';
import { zodMessage } from './zod-message.js';

/** `lead` and a list of choices, wrapped to 100 columns under the help's value column. */
function choices(lead: string, values: readonly string[], indent = 24, width = 100): string {
  const lines: string[] = [];
  let line = lead;
  for (const value of values) {
    const piece = line === lead ? `${line}${value}` : `${line}, ${value}`;
    if (indent + piece.length + 1 > width && line !== lead) {
      lines.push(`${line},`);
      line = value;
    } else line = piece;
  }
  lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}

export const COLLECT_USAGE = `Usage: zpb collect [options]

Collects Zoom Phone diagnostics into a redacted support bundle (zip). By default it also probes the
Zoom Phone hosts and ports on zoom.us (TCP/TLS 443, SIP over TLS 5091, STUN 3478, status.zoom.us);
--no-probes skips that.

Options:
  --out FILE|DIR        where to write (default: ./zoom-phone-bundle-YYYYMMDD-HHMMSS.zip)
  --force               replace an existing regular file at --out (and at --save-mapping)
  --error-text TEXT     the exact error text, e.g. "Call failed (code: 2202400)"
  --occurred-at ISO     when it happened, ISO 8601 with offset (default: now; not in the future)
  --time-zone IANA      the time zone you were in (default: this machine's, else UTC)
  --action ACTION       ${choices('what failed: ', FAILED_ACTIONS)}
  --scope SCOPE         ${choices('who is affected: ', SCOPES)}
  --network NETWORK     ${choices('', NETWORKS)}
  --recent-change C     ${choices('a recent change (repeatable): ', RECENT_CHANGES)}
  --notes TEXT          anything else support should know
  --ticket REF          help-desk ticket reference
  --request-link URL    a help desk's request link (zoom-phone-bundle://collect?ticket=...):
                        fills the ticket, questions and settings it carries; flags given here win.
                        A signed link (?request=...) verified against the organisation policy
                        may also send the bundle where it says and write BUNDLE.receipt.json.
                        URL may be @FILE (read from that file) or - (read from standard input):
                        other users can see command-line arguments
  --no-upload           keep the bundle here even when a signed request says where to send it
  --ca-file FILE        also trust this root certificate (PEM) when sending, e.g. a proxy's
  --no-probes           skip the network probes
  --probe-plan FILE     probe plan (JSON, at most 1 MB) replacing the shipped Zoom Phone plan
  --probe-deadline-ms N one deadline for all network probes, 100-120000 (default 5000)
  --redaction PROFILE   standard (default), strict (also Wi-Fi names and all host names),
                        minimal (secrets and credentials only), none
  --save-mapping FILE   save placeholder -> original values here (mode 0600, never in the zip;
                        an existing file is replaced only with --force)
  --log-window HOURS    Zoom logs modified from HOURS before the incident until now (default 48)
  --max-file-mb N       keep at most the newest N MB of each Zoom log (default 20)
  --max-total-mb N      at most N MB of Zoom logs in all, newest first (default 200)
  --json                print one JSON object describing the result instead of the path
  -h, --help            show this help

Numbers are plain decimals (20, 0.5). Exit codes: 0 done, 1 the job failed (one line on stderr),
2 bad usage or bad input, 129/130/143 stopped by SIGHUP/Ctrl+C/SIGTERM (nothing left behind).
`;

const OPTIONS = {
  out: { type: 'string' },
  force: { type: 'boolean', default: false },
  'error-text': { type: 'string' },
  'occurred-at': { type: 'string' },
  'time-zone': { type: 'string' },
  action: { type: 'string' },
  scope: { type: 'string' },
  network: { type: 'string' },
  'recent-change': { type: 'string', multiple: true },
  notes: { type: 'string' },
  ticket: { type: 'string' },
  'request-link': { type: 'string' },
  'no-upload': { type: 'boolean', default: false },
  'ca-file': { type: 'string' },
  'no-probes': { type: 'boolean', default: false },
  'probe-plan': { type: 'string' },
  'probe-deadline-ms': { type: 'string' },
  redaction: { type: 'string' },
  'save-mapping': { type: 'string' },
  'log-window': { type: 'string' },
  'max-file-mb': { type: 'string' },
  'max-total-mb': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Report field -> the flag that sets it, for error messages. */
const FLAG_OF_FIELD: Record<string, string> = {
  errorText: '--error-text',
  occurredAt: '--occurred-at',
  timeZone: '--time-zone',
  action: '--action',
  scope: '--scope',
  network: '--network',
  notes: '--notes',
  ticket: '--ticket',
};

export interface CollectArgs {
  help: boolean;
  report: IncidentReport;
  out: string | undefined;
  force: boolean;
  /** False with --no-probes. */
  probes: boolean;
  probePlanPath: string | undefined;
  probeDeadlineMs: number | undefined;
  /** Zoom log window and caps from --log-window, --max-file-mb, --max-total-mb (only those given). */
  logSettings: Partial<Pick<CollectSettings, 'logWindowHours' | 'maxFileBytes' | 'maxTotalBytes'>>;
  json: boolean;
  /** --redaction, when given. */
  redaction: RedactionProfile | undefined;
  /** The help desk's link, as read: unsigned, or signed once verified (none until then). */
  link: PlanLink;
  /** The JWS of a signed request link, to verify before anything is collected. */
  signedToken: string | undefined;
  /** --no-upload: keep the bundle even when a signed request names a destination. */
  noUpload: boolean;
  /** --ca-file: an extra root certificate for sending. */
  caFile: string | undefined;
  saveMapping: string | undefined;
  /** Things worth a line on stderr that do not stop the run (this machine's time zone is unknown). */
  warnings: string[];
}

/** Clock skew allowed for an incident "in the future" (a phone's clock against this machine's). */
const FUTURE_SKEW_MS = 5 * 60 * 1000;
/** Nothing before Zoom Phone's maker existed can be about it: a typo of the year. */
const EARLIEST_INCIDENT = Date.UTC(2011, 0, 1);

/** Refuses an incident time in the future (past the skew) or before 2011: either leaves out every log. */
function checkOccurredAt(occurredAt: string, now: Date): void {
  const at = Date.parse(occurredAt);
  if (at > now.getTime() + FUTURE_SKEW_MS) {
    throw new UsageError(`--occurred-at: ${occurredAt} is in the future (this machine's clock says ${now.toISOString()}); give when it happened`);
  }
  if (at < EARLIEST_INCIDENT) throw new UsageError(`--occurred-at: ${occurredAt} is before 2011; check the year`);
}

/** --time-zone, else this machine's zone; an unknown machine zone (TZ=Mars/Base) falls back to UTC with a warning. */
function chooseTimeZone(flag: string | undefined, warnings: string[]): string {
  if (flag !== undefined) return flag;
  const machine = Intl.DateTimeFormat().resolvedOptions().timeZone as string | undefined;
  if (machine && isValidTimeZone(machine)) return machine;
  const tz = process.env.TZ;
  warnings.push(`warning: this machine's time zone${tz ? ` (TZ=${tz})` : ''} is not a known IANA zone; using UTC (pass --time-zone to set it)`);
  return 'UTC';
}

const MB = 1024 * 1024;

/** The log window and cap flags as settings; the limits only stop typing mistakes (a year, 100 GB). */
function parseLogSettings(values: { 'log-window'?: string; 'max-file-mb'?: string; 'max-total-mb'?: string }): CollectArgs['logSettings'] {
  const hours = parsePositiveNumber('--log-window', values['log-window'], 24 * 366);
  const fileMb = parsePositiveNumber('--max-file-mb', values['max-file-mb'], 100 * 1024);
  const totalMb = parsePositiveNumber('--max-total-mb', values['max-total-mb'], 100 * 1024);
  return {
    ...(hours !== undefined ? { logWindowHours: hours } : {}),
    ...(fileMb !== undefined ? { maxFileBytes: Math.round(fileMb * MB) } : {}),
    ...(totalMb !== undefined ? { maxTotalBytes: Math.round(totalMb * MB) } : {}),
  };
}

/** --request-link as read: unsigned (what it may not ask is dropped by the plan), or the verified signed request. */
function readLink(raw: string | undefined, signedToken: string | null, verified: VerifiedRequest | undefined): PlanLink {
  // A signed link's fields count only once verified (runCollect passes them in).
  if (raw === undefined || signedToken !== null) return verified ? { kind: 'signed', verified } : { kind: 'none' };
  try {
    return unsignedPlanLink(raw);
  } catch (error) {
    if (error instanceof RequestLinkError) throw new UsageError(`--request-link: ${error.message}`);
    throw error;
  }
}

/** Parses and validates the flags; throws UsageError with a one-line message. `verified`: the signed link's request, once verified. */
export function parseCollectArgs(argv: string[], now: Date = new Date(), verified?: VerifiedRequest): CollectArgs {
  const { values } = parseCommandArgs(argv, OPTIONS, false);
  const raw = values['request-link'];
  const signedToken = raw === undefined ? null : signedRequestToken(raw);
  const link = readLink(raw, signedToken, verified);
  const request = link.kind === 'signed' ? link.verified.request : link.kind === 'unsigned' ? link.link : undefined;
  const warnings: string[] = [];
  const timeZone = chooseTimeZone(values['time-zone'], warnings);
  const parsed = incidentReportSchema.safeParse({
    errorText: values['error-text'] ?? '',
    // "Now" as the user's own clock shows it (an unknown zone is reported by the schema below).
    occurredAt: values['occurred-at'] ?? (isValidTimeZone(timeZone) ? isoInZone(now, timeZone) : now.toISOString()),
    timeZone,
    action: values.action ?? request?.action,
    scope: values.scope ?? request?.scope,
    network: values.network ?? request?.network,
    recentChanges: values['recent-change'] ?? [],
    notes: values.notes ?? '',
    ticket: values.ticket ?? request?.ticket,
    ...answeredByLink(values, request),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue?.path[0] === 'recentChanges' ? '--recent-change' : undefined;
    throw new UsageError(flag ? `${flag}: ${issue?.message}` : zodMessage(parsed.error, FLAG_OF_FIELD));
  }
  if (values['occurred-at'] !== undefined) checkOccurredAt(parsed.data.occurredAt, now);
  const redaction = redactionProfileSchema.optional().safeParse(values.redaction);
  if (!redaction.success) throw new UsageError(`--redaction: expected one of ${REDACTION_PROFILES.join(', ')}`);
  return {
    redaction: redaction.data,
    link,
    signedToken: signedToken ?? undefined,
    noUpload: values['no-upload'],
    caFile: values['ca-file'],
    saveMapping: values['save-mapping'],
    help: values.help,
    report: parsed.data,
    out: values.out,
    force: values.force,
    probes: !values['no-probes'],
    probePlanPath: values['probe-plan'],
    probeDeadlineMs: parseProbeDeadline(values['probe-deadline-ms']),
    logSettings: parseLogSettings(values),
    json: values.json,
    warnings,
  };
}

/** The link's answers no flag replaced: triage then says the help desk gave them, not the user. */
function answeredByLink(values: Partial<Record<(typeof LINK_ANSWERABLE)[number], string>>, request: RequestLink | undefined): Pick<IncidentReportInput, 'answeredByLink'> {
  const fields = LINK_ANSWERABLE.filter((field) => request?.[field] !== undefined && values[field] === undefined);
  return request && fields.length > 0 ? { answeredByLink: { ...(request.helpdesk ? { helpdesk: request.helpdesk } : {}), fields } } : {};
}

/** --probe-deadline-ms: whole milliseconds, 100 to 120000. */
function parseProbeDeadline(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || ms < 100 || ms > 120_000) {
    throw new UsageError(`--probe-deadline-ms: expected whole milliseconds from 100 to 120000, got "${value}"`);
  }
  return ms;
}

