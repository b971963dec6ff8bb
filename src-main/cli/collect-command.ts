/**
 * `zpb collect`: writes a bundle and prints its path as the last line of stdout
 * (or one JSON object with --json). Exit 0 done, 1 failed, 2 bad usage or input.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultBundleName } from '../../src-shared/bundle-name.js';
import { REDACTION_PROFILES, redactionProfileSchema, type BundleManifest, type RedactionProfile } from '../../src-shared/bundle-manifest.js';
import { collectFailureLine, describeCollectFailure, foldProgress, type StepState } from '../../src-shared/collect-failure.js';
import { count } from '../../src-shared/plural-words.js';
import type { CollectProgress } from '../../src-shared/collector-result.js';
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
import { printable } from '../../src-shared/printable-text.js';
import { parseRequestLink, requestRecord, RequestLinkError, returnToDisplay, type RequestLink } from '../../src-shared/request-link.js';
import { linkAsksForUpload, signedRequestToken } from '../../src-shared/signed-request.js';
import { ignoredLinkFieldsSentence, limitUnsignedLink } from '../../src-shared/unsigned-link-limits.js';
import { BundleWriteError } from '../bundle/bundle-writer.js';
import type { CollectSettings } from '../collect/collect-settings.js';
import { currentEnvironment } from '../platform/environment.js';
import { loadPolicy } from '../platform/load-policy.js';
import { loadProbePlanFile, ProbePlanError } from '../probes/load-probe-plan.js';
import { stepFailureWords } from '../services/bundle-step.js';
import { createBundle } from '../services/create-bundle.js';
import { replayStoreFor } from '../services/replay-store.js';
import { RequestRefusedError, withClaimedRequest } from '../services/verify-request.js';
import { openCliLog } from './cli-log.js';
import { applyCollectPolicy } from './collect-policy.js';
import { checkDestinationFlag, receiptLine, sendFromCli } from './send-bundle.js';
import { verifyRequestFlag } from './signed-link-flag.js';
import { resolveFromCwd } from './cli-path.js';
import { checkOutputFlag } from './output-flag.js';
import { parsePositiveNumber } from './number-flag.js';
import { parseCommandArgs } from './command-args.js';
import { EXIT, type CliIo } from './cli-io.js';
import { UsageError } from './usage-error.js';
import { zodMessage } from './zod-message.js';
import { resolveSecretArguments } from './secret-argument.js';

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
  probes: boolean;
  probePlanPath: string | undefined;
  probeDeadlineMs: number | undefined;
  /** Zoom log window and caps from --log-window, --max-file-mb, --max-total-mb (only those given). */
  logSettings: Partial<Pick<CollectSettings, 'logWindowHours' | 'maxFileBytes' | 'maxTotalBytes'>>;
  json: boolean;
  redaction: RedactionProfile;
  /** The help desk's request, when the run came from a request link (a signed one only once verified). */
  request: RequestLink | undefined;
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

/** Parses and validates the flags; throws UsageError with a one-line message. `verified`: the signed link's request, once verified. */
export function parseCollectArgs(argv: string[], now: Date = new Date(), verified?: RequestLink): CollectArgs {
  const { values } = parseCommandArgs(argv, OPTIONS, false);
  let request: RequestLink | undefined;
  const link = values['request-link'];
  const signedToken = link === undefined ? null : signedRequestToken(link);
  if (link !== undefined && signedToken === null && linkAsksForUpload(link)) {
    throw new UsageError('--request-link: this link is not signed, so it cannot say where to send the bundle; ask the help desk for a signed link');
  }
  const warnings: string[] = [];
  try {
    // A signed link's fields count only once verified (runCollect passes them in).
    if (link !== undefined && signedToken === null) {
      // Unsigned: anyone could have written it, so it may only raise privacy and names no destination.
      const limited = limitUnsignedLink(parseRequestLink(link));
      request = limited.link;
      if (limited.ignored.length > 0) warnings.push(`--request-link: ${ignoredLinkFieldsSentence(limited.ignored)}`);
    } else request = link === undefined ? undefined : verified;
  } catch (error) {
    if (error instanceof RequestLinkError) throw new UsageError(`--request-link: ${error.message}`);
    throw error;
  }
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
  const redaction = redactionProfileSchema.safeParse(values.redaction ?? request?.redaction ?? 'standard');
  if (!redaction.success) throw new UsageError(`--redaction: expected one of ${REDACTION_PROFILES.join(', ')}`);
  return {
    redaction: redaction.data,
    request,
    signedToken: signedToken ?? undefined,
    noUpload: values['no-upload'],
    caFile: values['ca-file'],
    saveMapping: values['save-mapping'],
    help: values.help,
    report: parsed.data,
    out: values.out,
    force: values.force,
    probes: !values['no-probes'] && (request?.probes ?? true),
    probePlanPath: values['probe-plan'],
    probeDeadlineMs: parseProbeDeadline(values['probe-deadline-ms']),
    logSettings: { ...(request?.logWindowHours ? { logWindowHours: request.logWindowHours } : {}), ...parseLogSettings(values) },
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

/** Validates --probe-plan before anything is collected; returns its absolute path. */
async function checkProbePlan(file: string, cwd: string | undefined): Promise<string> {
  const absolute = resolveFromCwd(cwd, file, '--probe-plan');
  try {
    await loadProbePlanFile(absolute);
  } catch (error) {
    if (error instanceof ProbePlanError) throw new UsageError(`--probe-plan: ${error.message}`);
    throw error;
  }
  return absolute;
}

/**
 * Checks --save-mapping before anything is collected: its folder must exist, and an existing file
 * (perhaps the only way back from an earlier bundle's placeholders) is replaced only with --force.
 */
async function checkMappingPath(file: string, cwd: string | undefined, force: boolean): Promise<string> {
  const absolute = resolveFromCwd(cwd, file, '--save-mapping');
  await checkOutputFlag('--save-mapping', absolute, { replace: force });
  return absolute;
}

/** Resolves --out: a folder (existing, or written with a trailing slash) gets the default name. */
export async function resolveOutPath(out: string | undefined, cwd: string | undefined, now: Date): Promise<string> {
  const name = defaultBundleName(now);
  const absolute = resolveFromCwd(cwd, out || '.', '--out');
  if (!out) return path.join(absolute, name);
  const endsWithSeparator = /[\\/]$/.test(out);
  const stat = await fs.stat(absolute).catch(() => null);
  if (stat?.isDirectory()) return path.join(absolute, name);
  if (endsWithSeparator) throw new UsageError(`--out: the folder ${absolute} does not exist`);
  const parent = await fs.stat(path.dirname(absolute)).catch(() => null);
  if (!parent?.isDirectory()) throw new UsageError(`--out: the folder ${path.dirname(absolute)} does not exist`);
  return absolute;
}

/** One line on a terminal after saving: what went in, what was replaced, what was left out. */
export function bundleSummaryLine(manifest: BundleManifest, bytes: number): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  const failed = manifest.collectors.filter((c) => c.status === 'failed').map((c) => c.id);
  return (
    `Saved ${count(manifest.files.length, 'file')}, ${kb} KB; ${count(manifest.redaction.total, 'private value')} replaced; ` +
    `${count(manifest.skipped.length, 'item')} left out (see manifest.json)` +
    (failed.length ? `; failed: ${failed.join(', ')}` : '') +
    '.'
  );
}

function progressLine(event: CollectProgress): string | null {
  if (event.state !== 'finished') return null;
  const label = event.phase === 'bundle' ? 'writing bundle' : event.id;
  const time = event.durationMs !== undefined ? ` (${event.durationMs} ms)` : '';
  const message = event.message ? `: ${event.message}` : '';
  // Probe lines sit one level deeper: they are the parts of the "probes" collector.
  const indent = event.phase === 'probe' ? '      probe ' : '  ';
  return `${indent}${label} ${event.status ?? ''}${time}${printable(message)}\n`;
}

/** Runs `zpb collect`; returns the exit code. Only UsageError and BundleWriteError are expected. */
export async function runCollect(given: string[], io: CliIo): Promise<number> {
  const argv = await resolveSecretArguments(given, ['--request-link'], io);
  const environment = io.environment ?? currentEnvironment();
  const now = environment.now();
  const unverified = parseCollectArgs(argv, now);
  if (unverified.help) {
    io.stdout.write(COLLECT_USAGE);
    return EXIT.ok;
  }
  const policy = await loadPolicy(environment);
  const verified = unverified.signedToken !== undefined ? await verifyRequestFlag(unverified.signedToken, policy, environment) : undefined;
  // The organisation's policy beats the link and the flags: limits applied before anything is read.
  const { args, warnings } = applyCollectPolicy(verified ? parseCollectArgs(argv, now, verified.request) : unverified, policy, verified !== undefined);
  // Where the bundle goes is checked before anything is collected: a refused destination collects nothing.
  const sending = verified?.upload && !args.noUpload ? { ...verified, upload: verified.upload } : undefined;
  if (sending) checkDestinationFlag(sending, policy);
  const caFile = args.caFile === undefined ? undefined : resolveFromCwd(io.cwd, args.caFile, '--ca-file');
  for (const warning of [...args.warnings, ...warnings]) io.stderr.write(`zpb: ${printable(warning)}\n`);
  if (verified) io.stderr.write(`${printable(`Signed request for ticket ${verified.request.ticket}${verified.request.helpdesk ? ` from ${verified.request.helpdesk}` : ''}, key ${verified.kid}: verified.`)}\n`);
  // Inputs first, then where the output goes: a bad plan is reported whatever --out says.
  const probePlanPath = args.probes && args.probePlanPath ? await checkProbePlan(args.probePlanPath, io.cwd) : undefined;
  const outPath = await resolveOutPath(args.out, io.cwd, now);
  // --force replaces a regular file only: never a device node (/dev/full), a FIFO, a folder or a link.
  await checkOutputFlag('--out', outPath, { replace: args.force });
  const mappingPath = args.saveMapping ? await checkMappingPath(args.saveMapping, io.cwd, args.force) : undefined;
  const cliLog = openCliLog(environment);
  cliLog.info(`collect started: out ${outPath}, settings ${JSON.stringify({ probes: args.probes, ...args.logSettings })}`);
  const showProgress = Boolean(io.stderr.isTTY) && !args.json;
  if (showProgress) io.stderr.write('Collecting Zoom Phone diagnostics...\n');
  // Each step's last state: a failure names the step that failed, as the app's Collect screen does.
  let steps: StepState[] = [];
  let saved = false;
  try {
    // A signed request without an upload is spent by this run: claimed first (another process given
    // the same link is refused), given back when no bundle is saved. One with an upload is claimed when it sends.
    const spent = verified && !verified.upload ? verified : undefined;
    const save = (): ReturnType<typeof createBundle> => createBundle({
      report: args.report,
      outPath,
      overwrite: args.force,
      settings: {
        probes: args.probes,
        ...args.logSettings,
        ...(probePlanPath ? { probePlanPath } : {}),
        ...(args.probeDeadlineMs ? { probeDeadlineMs: args.probeDeadlineMs } : {}),
      },
      redaction: { profile: args.redaction, mappingPath },
      ...(args.request ? { request: requestRecord(args.request) } : {}),
      // Reporter ids comparable across the organisation when its policy gives a key.
      reporterKey: policy.settings.reporterKey?.value,
      environment,
      appLogPath: cliLog.path,
      signal: io.signal,
      onProgress: (event) => {
        steps = foldProgress(steps, event);
        if (event.state === 'finished') cliLog.info(`${event.phase} ${event.id} ${event.status ?? ''} ${event.durationMs ?? ''} ms ${event.message ?? ''}`.trim());
        const line = showProgress ? progressLine(event) : null;
        if (line) io.stderr.write(line);
      },
    });
    const bundle = spent ? await withClaimedRequest(spent, replayStoreFor(environment), save) : await save();
    // Said whether or not a terminal shows progress (a script's log keeps stderr): no Zoom logs is worth knowing.
    for (const notice of bundle.notices) io.stderr.write(`zpb: warning: ${printable(notice)}\n`);
    saved = true;
    const receipt = sending ? await sendFromCli(bundle.path, sending, { policy, environment, io, caFile, showProgress }) : undefined;
    if (receipt === null) return EXIT.interrupted;
    if (args.json) {
      io.stdout.write(
        `${JSON.stringify({
          ok: true,
          path: bundle.path,
          bytes: bundle.bytes,
          files: bundle.manifest.files.length,
          skipped: bundle.manifest.skipped.length,
          collectors: bundle.manifest.collectors,
          redaction: bundle.manifest.redaction,
          ...(args.request ? { request: requestRecord(args.request) } : {}),
          ...(receipt ? { receipt } : {}),
        })}\n`,
      );
    } else {
      if (showProgress) io.stderr.write(`${bundleSummaryLine(bundle.manifest, bundle.bytes)}\n`);
      // Where the help desk wants the bundle: said on stderr so stdout's last line stays the path.
      // Both came from a link: escaped, and an international host shown in punycode too.
      if (receipt) io.stderr.write(`${printable(receiptLine(receipt, bundle.path))}\n`);
      else if (args.request?.returnTo) io.stderr.write(`Send this bundle to ${printable(returnToDisplay(args.request.returnTo))} (ticket ${printable(args.request.ticket)}).\n`);
      io.stdout.write(`${bundle.path}\n`);
    }
    return EXIT.ok;
  } catch (error) {
    cliLog.warn(`collect failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    if (error instanceof BundleWriteError && error.code === 'cancelled') return EXIT.interrupted;
    if (error instanceof RequestRefusedError) throw new UsageError(`--request-link: ${error.message}`);
    const code = error instanceof BundleWriteError ? error.code : undefined;
    const failure = saved || error instanceof UsageError ? undefined : describeCollectFailure(steps, { code, why: stepFailureWords(error) }, { kind: 'cli', logPath: cliLog.path });
    if (!failure) throw error;
    io.stderr.write(`zpb: ${printable(collectFailureLine(failure))}\n`);
    // A target that is in the way or gone is bad input (exit 2), as before collecting.
    return code === 'exists' || code === 'no-folder' ? EXIT.usage : EXIT.failed;
  }
}
