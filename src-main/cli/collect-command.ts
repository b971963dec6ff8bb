/**
 * `zpb collect`: writes a bundle and prints its path as the last line of stdout
 * (or one JSON object with --json). Exit 0 done, 1 failed, 2 bad usage or input.
 * The flags are read in collect-args.ts and planned with the app's rules in collect-plan-flags.ts;
 * this file checks the targets, runs the plan and says what happened.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { defaultBundleName } from '../../src-shared/bundle-name.js';
import type { BundleManifest } from '../../src-shared/bundle-manifest.js';
import { collectFailureLine, describeCollectFailure, foldProgress, type StepState } from '../../src-shared/collect-failure.js';
import type { CollectPlan } from '../../src-shared/collect-plan.js';
import { count } from '../../src-shared/plural-words.js';
import type { CollectProgress } from '../../src-shared/collector-result.js';
import { printable } from '../../src-shared/printable-text.js';
import { requestRecord, returnToDisplay } from '../../src-shared/request-link.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import type { UploadReceipt } from '../../src-shared/upload-receipt.js';
import { BundleWriteError } from '../bundle/bundle-writer.js';
import type { Environment } from '../platform/environment.js';
import { currentEnvironment } from '../platform/environment.js';
import { loadPolicy } from '../platform/load-policy.js';
import { loadProbePlanFile, ProbePlanError } from '../probes/load-probe-plan.js';
import { stepFailureWords } from '../services/bundle-step.js';
import { createBundle, type CreatedBundle } from '../services/create-bundle.js';
import { replayStoreFor } from '../requests/replay-store.js';
import { RequestRefusedError, withClaimedRequest } from '../requests/verify-request.js';
import { openCliLog, type CliLog } from './cli-log.js';
import { EXIT, type CliIo } from './cli-io.js';
import { resolveFromCwd } from './cli-path.js';
import { COLLECT_USAGE, parseCollectArgs, type CollectArgs } from './collect-args.js';
import { noteLine, planCliCollect } from './collect-plan-flags.js';
import { checkOutputFlag } from './output-flag.js';
import { resolveSecretArguments } from './secret-argument.js';
import { receiptLine, sendFromCli } from './send-bundle.js';
import { verifyRequestFlag } from './signed-link-flag.js';
import { UsageError } from './usage-error.js';

export { COLLECT_USAGE, parseCollectArgs };

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

/** A run that passed every check: what to collect (the plan), and where everything goes. */
interface CheckedRun {
  args: CollectArgs;
  plan: CollectPlan;
  verified: VerifiedRequest | undefined;
  environment: Environment;
  policy: Awaited<ReturnType<typeof loadPolicy>>;
  outPath: string;
  mappingPath: string | undefined;
  probePlanPath: string | undefined;
  caFile: string | undefined;
  showProgress: boolean;
}

/** Runs `zpb collect`; returns the exit code. Only UsageError and BundleWriteError are expected. */
export async function runCollect(given: string[], io: CliIo): Promise<number> {
  const argv = await resolveSecretArguments(given, ['--request-link'], io);
  const environment = io.environment ?? currentEnvironment();
  const unverified = parseCollectArgs(argv, environment.now());
  if (unverified.help) {
    io.stdout.write(COLLECT_USAGE);
    return EXIT.ok;
  }
  const run = await checkRun(argv, unverified, environment, io);
  const cliLog = openCliLog(environment);
  cliLog.info(`collect started: out ${run.outPath}, settings ${JSON.stringify({ ...run.args.logSettings, ...run.plan.settings })}`);
  if (run.showProgress) io.stderr.write('Collecting Zoom Phone diagnostics...\n');
  // Each step's last state: a failure names the step that failed, as the app's Collect screen does.
  const progress = { steps: [] as StepState[], saved: false };
  try {
    const bundle = await collectPlanned(run, io, cliLog, progress);
    progress.saved = true;
    // Said whether or not a terminal shows progress (a script's log keeps stderr): no Zoom logs is worth knowing.
    for (const notice of bundle.notices) io.stderr.write(`zpb: warning: ${printable(notice)}\n`);
    const sending = run.plan.destination.kind === 'upload' && run.verified ? { ...run.verified, upload: run.plan.destination.upload } : undefined;
    const receipt = sending ? await sendFromCli(bundle.path, sending, { policy: run.policy, environment, io, caFile: run.caFile, showProgress: run.showProgress }) : undefined;
    if (receipt === null) return EXIT.interrupted;
    reportSaved(run, bundle, receipt, io);
    return EXIT.ok;
  } catch (error) {
    return collectFailed(error, progress, cliLog, io);
  }
}

/**
 * The plan (policy over the signed request over the link over the flags) and every target checked
 * before anything is collected; warnings and the plan's notes said on stderr.
 */
async function checkRun(argv: string[], unverified: CollectArgs, environment: Environment, io: CliIo): Promise<CheckedRun> {
  const now = environment.now();
  const policy = await loadPolicy(environment);
  const verified = unverified.signedToken !== undefined ? await verifyRequestFlag(unverified.signedToken, policy, environment) : undefined;
  const { args, plan } = planCliCollect(argv, now, policy, verified);
  const caFile = args.caFile === undefined ? undefined : resolveFromCwd(io.cwd, args.caFile, '--ca-file');
  for (const warning of args.warnings) io.stderr.write(`zpb: ${printable(warning)}\n`);
  for (const note of plan.notes) io.stderr.write(`zpb: ${printable(noteLine(note))}\n`);
  if (verified) io.stderr.write(`${printable(`Signed request for ticket ${verified.request.ticket}${verified.request.helpdesk ? ` from ${verified.request.helpdesk}` : ''}, key ${verified.kid}: verified.`)}\n`);
  // Inputs first, then where the output goes: a bad plan is reported whatever --out says.
  const probePlanPath = plan.settings.probes && plan.settings.probePlanPath ? await checkProbePlan(plan.settings.probePlanPath, io.cwd) : undefined;
  const outPath = await resolveOutPath(args.out, io.cwd, now);
  // --force replaces a regular file only: never a device node (/dev/full), a FIFO, a folder or a link.
  await checkOutputFlag('--out', outPath, { replace: args.force });
  const mappingPath = args.saveMapping ? await checkMappingPath(args.saveMapping, io.cwd, args.force) : undefined;
  const showProgress = Boolean(io.stderr.isTTY) && !args.json;
  return { args, plan, verified, environment, policy, outPath, mappingPath, probePlanPath, caFile, showProgress };
}

/** Collects and writes the bundle as planned; a request the plan spends when saved is claimed around it. */
async function collectPlanned(run: CheckedRun, io: CliIo, cliLog: CliLog, progress: { steps: StepState[] }): Promise<CreatedBundle> {
  const { args, plan } = run;
  const save = (): Promise<CreatedBundle> =>
    createBundle({
      report: args.report,
      outPath: run.outPath,
      overwrite: args.force,
      settings: {
        ...args.logSettings,
        ...plan.settings,
        probePlanPath: run.probePlanPath,
        ...(args.probeDeadlineMs ? { probeDeadlineMs: args.probeDeadlineMs } : {}),
      },
      redaction: { profile: plan.redaction, mappingPath: run.mappingPath },
      ...(plan.request ? { request: requestRecord(plan.request) } : {}),
      // Reporter ids comparable across the organisation when its policy gives a key.
      reporterKey: run.policy.settings.reporterKey?.value,
      environment: run.environment,
      appLogPath: cliLog.path,
      signal: io.signal,
      onProgress: (event) => {
        progress.steps = foldProgress(progress.steps, event);
        if (event.state === 'finished') cliLog.info(`${event.phase} ${event.id} ${event.status ?? ''} ${event.durationMs ?? ''} ms ${event.message ?? ''}`.trim());
        const line = run.showProgress ? progressLine(event) : null;
        if (line) io.stderr.write(line);
      },
    });
  // Claimed first (another process given the same link is refused), given back when no bundle is
  // saved. A request with an upload is claimed when it sends (sendFromCli).
  return plan.claim === 'until-saved' && run.verified ? withClaimedRequest(run.verified, replayStoreFor(run.environment), save) : save();
}

/** The path as stdout's last line (or one JSON object), and where the help desk wants the bundle. */
function reportSaved(run: CheckedRun, bundle: CreatedBundle, receipt: UploadReceipt | undefined, io: CliIo): void {
  const { plan } = run;
  if (run.args.json) {
    io.stdout.write(
      `${JSON.stringify({
        ok: true,
        path: bundle.path,
        bytes: bundle.bytes,
        files: bundle.manifest.files.length,
        skipped: bundle.manifest.skipped.length,
        collectors: bundle.manifest.collectors,
        redaction: bundle.manifest.redaction,
        ...(plan.request ? { request: requestRecord(plan.request) } : {}),
        ...(receipt ? { receipt } : {}),
      })}\n`,
    );
    return;
  }
  if (run.showProgress) io.stderr.write(`${bundleSummaryLine(bundle.manifest, bundle.bytes)}\n`);
  // Where the help desk wants the bundle: said on stderr so stdout's last line stays the path.
  // Both came from a link: escaped, and an international host shown in punycode too.
  if (receipt) io.stderr.write(`${printable(receiptLine(receipt, bundle.path))}\n`);
  else if (plan.destination.kind === 'return-to') io.stderr.write(`Send this bundle to ${printable(returnToDisplay(plan.destination.returnTo))} (ticket ${printable(plan.destination.ticket)}).\n`);
  io.stdout.write(`${bundle.path}\n`);
}

/** A failure as the CLI says it: cancelled, a refused request (exit 2), or one line naming the failed step. */
function collectFailed(error: unknown, progress: { steps: StepState[]; saved: boolean }, cliLog: CliLog, io: CliIo): number {
  cliLog.warn(`collect failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  if (error instanceof BundleWriteError && error.code === 'cancelled') return EXIT.interrupted;
  if (error instanceof RequestRefusedError) throw new UsageError(`--request-link: ${error.message}`);
  const code = error instanceof BundleWriteError ? error.code : undefined;
  const failure = progress.saved || error instanceof UsageError ? undefined : describeCollectFailure(progress.steps, { code, why: stepFailureWords(error) }, { kind: 'cli', logPath: cliLog.path });
  if (!failure) throw error;
  io.stderr.write(`zpb: ${printable(collectFailureLine(failure))}\n`);
  // A target that is in the way or gone is bad input (exit 2), as before collecting.
  return code === 'exists' || code === 'no-folder' ? EXIT.usage : EXIT.failed;
}
