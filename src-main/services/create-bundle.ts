/**
 * The one service behind "collect": run the collectors, then write the bundle. The CLI, the
 * Electron IPC handler and the tests all call this. The two phases are also callable apart, so the
 * app can show what will be included (and let the user leave things out) before saving.
 */
import { BUNDLE_ENTRIES, MANIFEST_SCHEMA_VERSION, type BundleManifest, type BundleReporter } from '../../src-shared/bundle-manifest.js';
import type { CollectProgress, CollectorSummary, SkippedItem } from '../../src-shared/collector-result.js';
import { readErrorCode } from '../../src-shared/error-code.js';
import type { ReportJson } from '../../src-shared/report-json.js';
import { incidentReportSchema, type IncidentReport, type IncidentReportInput } from '../../src-shared/incident-report.js';
import type { Analysis } from '../../src-shared/triage/finding.js';
import { runTriage } from '../../src-shared/triage/run-triage.js';
import { buildTriageInput, type TriageInput } from '../../src-shared/triage/triage-input.js';
import type { LogEvidence } from '../../src-shared/log-evidence.js';
import { readSystemJson } from '../../src-shared/system-json.js';
import { zoomLogsNotice } from '../../src-shared/zoom-logs-notice.js';
import { APP_NAME, APP_VERSION } from '../app-info.js';
import { renderBundleReadme } from '../bundle/bundle-readme.js';
import { estimateBundleBytes, writeBundle, type BundleEntry } from '../bundle/bundle-writer.js';
import { DEFAULT_COLLECT_SETTINGS, type CollectSettings } from '../collect/collect-settings.js';
import type { BundleFileSource, Collector, CollectorResult } from '../collect/collector.js';
import { defaultCollectors } from '../collect/default-collectors.js';
import { runCollector, runCollectors } from '../collect/run-collectors.js';
import { reporterIds } from '../fleet/ids/reporter-ids.js';
import { bundleStep } from './bundle-step.js';
import { bundleRedactionSettings, type RedactionChoice } from '../redact/bundle-redaction-settings.js';
import { currentEnvironment, machineTimeZone, type Environment } from '../platform/environment.js';
import { startLogEvidence } from '../evidence/log-evidence-step.js';
import { renderEvidenceText } from '../../src-shared/evidence-text.js';

export interface CreateBundleOptions {
  report: IncidentReportInput;
  /** Final zip path. */
  outPath: string;
  overwrite?: boolean;
  /** Caps and plans; anything not given takes its default. */
  settings?: Partial<CollectSettings>;
  environment?: Environment;
  /** Replaces the default collectors (tests, and later policy). */
  collectors?: Collector[];
  onProgress?: (event: CollectProgress) => void;
  signal?: AbortSignal;
  /** Redaction profile (default 'standard'), extra keywords, and where to save the mapping. */
  redaction?: RedactionChoice;
  /** The help desk's request record (from a request link) for the manifest; defaults to the report's ticket. */
  request?: Record<string, string>;
  /** This process's own log file, collected into logs/app/ (the app's electron-log file, the CLI's log). */
  appLogPath?: string;
  /** The organisation policy's `reporterKey`, when there is one (reporter ids comparable across the organisation). */
  reporterKey?: string;
}

/** What collecting needs: everything but where to write. */
export type CollectForBundleOptions = Omit<CreateBundleOptions, 'outPath' | 'overwrite'>;

/** What writing needs (where and how), plus the bundle paths to leave out. */
export type WriteCollectedOptions = Omit<CreateBundleOptions, 'report' | 'settings' | 'environment' | 'appLogPath' | 'collectors'> & {
  /** Exact bundle paths, or folder prefixes ending in "/" (e.g. "logs/zoom/"). */
  exclude?: readonly string[];
};

/** Everything collected for one bundle, not yet written. */
export interface CollectedBundle {
  report: IncidentReport;
  /** The environment collected from (redaction needs its host and user names when writing). */
  environment: Environment;
  createdAt: string;
  summaries: CollectorSummary[];
  skipped: SkippedItem[];
  /** Triage from the report and the collectors; writing runs it again with what the logs say (analysis.json has that). */
  analysis: Analysis;
  /** What triage read, kept so writing can add the logs' evidence to it. */
  triageInput: TriageInput;
  /** Every entry but README.txt, in bundle order. */
  entries: BundleEntry[];
  /** Redaction and request chosen when collecting; writing uses them unless told otherwise. */
  redaction?: RedactionChoice;
  request?: Record<string, string>;
  /** Pseudonymous reporter and device ids for the manifest (undefined when no key could be had). */
  reporter?: BundleReporter;
  /** Sentences the person should see though the bundle was made (no Zoom logs found, and where they were looked for). */
  notices: string[];
}

/** Entries the user may not leave out: what they typed, what triage found, and the manifest's own summary. */
export const REQUIRED_ENTRIES: readonly string[] = [BUNDLE_ENTRIES.report, BUNDLE_ENTRIES.analysis, BUNDLE_ENTRIES.readme];

export interface CreatedBundle {
  path: string;
  bytes: number;
  manifest: BundleManifest;
  report: IncidentReport;
  /**
   * Each manifest path -> the entry's own bundle path. They differ when the file name held a
   * private value (the writer redacts names too); leaving a file out needs the entry's path.
   */
  entryPaths: ReadonlyMap<string, string>;
  /** What the person should be told though the bundle was made (see CollectedBundle.notices). */
  notices: string[];
  /** analysis.json as written: the triage with what the logs say. */
  analysis: Analysis;
  /** evidence.json as written. */
  evidence: LogEvidence;
}

/** Groups collector data by the JSON file and key each collector declared. */
function sections(results: CollectorResult[], file: 'system.json' | 'network.json'): Record<string, unknown> | null {
  const picked = results.filter((r) => r.section?.file === file);
  if (picked.length === 0) return null;
  return Object.fromEntries(picked.map((r) => [r.section!.key, r.data ?? null]));
}

/**
 * Every entry but README.txt, in bundle order (file entries are only descriptions, not content):
 * the files of collectors that list files (Zoom logs, this app's log) first, so createBundle
 * can start writing them while other collectors still run, then the JSON files, then any other files.
 */
function bundleEntries(report: IncidentReport, results: CollectorResult[], analysis: Analysis): BundleEntry[] {
  const files = (picked: CollectorResult[]): BundleEntry[] => picked.flatMap((r) => r.files.map((file) => ({ kind: 'file' as const, file })));
  const entries: BundleEntry[] = [
    ...files(results.filter((r) => r.listsFiles)),
    { kind: 'json', path: BUNDLE_ENTRIES.report, source: 'report', value: { ...report, errorCode: readErrorCode(report.errorText) } satisfies ReportJson },
    { kind: 'json', path: BUNDLE_ENTRIES.analysis, source: 'triage', value: analysis },
  ];
  for (const file of ['system.json', 'network.json'] as const) {
    const value = sections(results, file);
    if (value) entries.push({ kind: 'json', path: file, source: 'collectors', value });
  }
  return [...entries, ...files(results.filter((r) => !r.listsFiles))];
}

/** The bundle path of an entry. */
export function entryPath(entry: BundleEntry): string {
  return entry.kind === 'file' ? entry.file.bundlePath : entry.path;
}

/** True when the path is excluded by an exact match or a folder prefix ("logs/zoom/"). */
function isExcluded(bundlePath: string, exclude: readonly string[]): boolean {
  return !REQUIRED_ENTRIES.includes(bundlePath) && exclude.some((x) => x === bundlePath || (x.endsWith('/') && bundlePath.startsWith(x)));
}

/** Everything but the entries, from collectors that have all finished. */
function assemble(
  report: IncidentReport,
  environment: Environment,
  createdAt: string,
  results: CollectorResult[],
  reporter: BundleReporter | undefined,
  options: CollectForBundleOptions,
): CollectedBundle {
  const system = sections(results, 'system.json');
  const triageInput = buildTriageInput(report, system, sections(results, 'network.json'));
  const analysis = runTriage(triageInput);
  const noLogs = results.some((r) => r.id === 'zoom-logs') ? zoomLogsNotice(readSystemJson(system).zoomLogs) : undefined;
  return {
    notices: noLogs ? [noLogs] : [],
    report,
    environment,
    createdAt,
    summaries: results.map(({ id, status, durationMs, message }) => ({ id, status, durationMs, message })),
    skipped: results.flatMap((r) => r.skipped),
    analysis,
    triageInput,
    entries: bundleEntries(report, results, analysis),
    redaction: options.redaction,
    request: options.request,
    reporter,
  };
}

/** The parsed report, environment, settings and collectors of one run. */
function startCollecting(options: CollectForBundleOptions) {
  const report = incidentReportSchema.parse(options.report);
  const environment = options.environment ?? currentEnvironment();
  const settings: CollectSettings = { ...DEFAULT_COLLECT_SETTINGS, ...options.settings };
  const collectors = options.collectors ?? defaultCollectors(settings);
  return { report, environment, collectors, context: { environment, report, settings, ...(options.appLogPath ? { appLogPath: options.appLogPath } : {}) }, createdAt: environment.now().toISOString() };
}

/** Validates the report, runs the collectors and triage; writes nothing. */
export async function collectForBundle(options: CollectForBundleOptions): Promise<CollectedBundle> {
  const { report, environment, collectors, context, createdAt } = startCollecting(options);
  const [results, reporter] = await Promise.all([
    runCollectors(collectors, context, { onProgress: options.onProgress, signal: options.signal }),
    reporterIds(environment, options.reporterKey),
  ]);
  return assemble(report, environment, createdAt, results, reporter, options);
}

/** What the manifest and README need that is known only once every entry has been handed over. */
interface BundleTail {
  summaries: CollectorSummary[];
  skipped: SkippedItem[];
  notices: string[];
}

/**
 * Writes entries (README.txt last, rendered from what actually went in) with the manifest's
 * collectors and skipped items taken from `tail` once the entries are exhausted.
 */
async function writeEntries(
  header: Pick<CollectedBundle, 'report' | 'environment' | 'createdAt' | 'redaction' | 'request' | 'reporter'>,
  entries: Iterable<BundleEntry> | AsyncIterable<BundleEntry>,
  tail: () => BundleTail,
  triageInput: () => TriageInput | undefined,
  expectedBytes: number,
  options: WriteCollectedOptions,
): Promise<CreatedBundle> {
  const { report, createdAt, environment } = header;
  const redaction = options.redaction ?? header.redaction;
  // The logs' own zone: times without an offset in them are this machine's wall clock.
  const evidence = startLogEvidence({
    occurredAt: report.occurredAt,
    timeZone: report.timeZone,
    errorText: report.errorText,
    logTimeZone: environment.timeZone ?? machineTimeZone(),
    collectedAt: createdAt,
  });
  const request = options.request ?? header.request;
  let given = 0;
  let written = 0;
  let final: BundleTail | undefined;
  let analysis: Analysis | undefined;
  let found: LogEvidence | undefined;
  const entryPaths = new Map<string, string>();
  // The writer takes (onAppend) or leaves out each entry before asking for the next, so by the
  // time README.txt is asked for, `written` counts exactly what goes in.
  async function* withReadme(): AsyncGenerator<BundleEntry> {
    for await (const entry of entries) {
      given++;
      const input = entry.kind === 'json' && entry.path === BUNDLE_ENTRIES.analysis ? triageInput() : undefined;
      if (input && entry.kind === 'json') {
        // The Zoom logs come first, and the writer asks for the next entry only after the last
        // one's text has ended: what the logs say is known here, and triage reads it.
        analysis = runTriage({ ...input, logs: evidence.result() });
        yield { ...entry, value: analysis };
      } else yield entry;
    }
    final = tail();
    // Every log has been redacted by now: the writer asks for the next entry only after the last one's text has ended.
    found = evidence.result();
    given += 2;
    yield { kind: 'json', path: BUNDLE_ENTRIES.evidence, source: 'evidence', value: found };
    yield { kind: 'text', path: BUNDLE_ENTRIES.evidenceText, source: 'evidence', text: renderEvidenceText(found) };
    const text = renderBundleReadme({
      appName: APP_NAME,
      appVersion: APP_VERSION,
      createdAt,
      report,
      collectors: final.summaries,
      evidence: found,
      fileCount: written + 1,
      // The writer leaves out files that vanished or turned out to be unsafe binary.
      skippedCount: final.skipped.length + given - written,
    });
    yield { kind: 'text', path: BUNDLE_ENTRIES.readme, source: 'bundle', text };
  }
  const bundle = await bundleStep(options.onProgress, () => writeBundle({
    targetPath: options.outPath,
    overwrite: options.overwrite,
    signal: options.signal,
    redaction: bundleRedactionSettings(redaction, environment),
    mappingPath: redaction?.mappingPath,
    expectedBytes,
    entries: withReadme(),
    onAppend: () => {
      written++;
    },
    observeText: (entry, path) => evidence.observe(entry, path),
    onEntry: (file, entry) => entryPaths.set(file.path, entryPath(entry)),
    manifest: {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      createdAt,
      app: { name: APP_NAME, version: APP_VERSION },
      ...(request ? { request } : report.ticket ? { request: { ticket: report.ticket } } : {}),
      ...(header.reporter ? { reporter: header.reporter } : {}),
      collectors: [],
      skipped: [],
    },
    completeManifest: () => ({ collectors: final!.summaries, skipped: final!.skipped }),
  }));
  return { path: bundle.path, bytes: bundle.bytes, manifest: bundle.manifest, report, entryPaths, notices: final?.notices ?? [], analysis: analysis!, evidence: found! };
}

/** Writes what was collected, leaving out what the user excluded (recorded in the manifest as skipped). */
export async function writeCollectedBundle(collected: CollectedBundle, options: WriteCollectedOptions): Promise<CreatedBundle> {
  const exclude = options.exclude ?? [];
  const entries = collected.entries.filter((e) => !isExcluded(entryPath(e), exclude));
  const left = collected.entries.filter((e) => isExcluded(entryPath(e), exclude));
  const skipped = [...collected.skipped, ...left.map((e) => ({ source: entryPath(e), reason: 'left out by the user before saving' }))];
  return writeEntries(collected, entries, () => ({ summaries: collected.summaries, skipped, notices: collected.notices }), () => collected.triageInput, estimateBundleBytes(entries), options);
}

/**
 * Validates the report, collects, and writes the bundle in one pass: the files of collectors that
 * list files (Zoom logs, this app's log) go into the zip as soon as their collector is done,
 * while the slower ones (system, network, probes with their deadline) still run; the JSON files,
 * which need every result and triage, follow. Throws only for bad input or a failed write.
 */
export async function createBundle(options: CreateBundleOptions): Promise<CreatedBundle> {
  const { report, environment, collectors, context, createdAt } = startCollecting(options);
  // A failed write stops the collectors that are still running.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const running = collectors.map((collector) => runCollector(collector, context, { onProgress: options.onProgress, signal }));
  const reporter = reporterIds(environment, options.reporterKey);
  let collected: CollectedBundle | undefined;
  // The collectors that list files answer in milliseconds; their files are known before writing
  // starts, so the free-space check still sees the logs.
  const earlyFiles = new Set<BundleFileSource>();
  for (const [index, collector] of collectors.entries()) {
    if (collector.listsFiles) for (const file of (await running[index]!).files) earlyFiles.add(file);
  }
  const early: BundleEntry[] = [...earlyFiles].map((file) => ({ kind: 'file', file }));
  async function* entries(): AsyncGenerator<BundleEntry> {
    yield* early;
    collected = assemble(report, environment, createdAt, await Promise.all(running), await reporter, options);
    yield* collected.entries.filter((entry) => entry.kind !== 'file' || !earlyFiles.has(entry.file));
  }
  try {
    const header = { report, environment, createdAt, redaction: options.redaction, request: options.request, reporter: await reporter };
    const tail = () => ({ summaries: collected!.summaries, skipped: collected!.skipped, notices: collected!.notices });
    return await writeEntries(header, entries(), tail, () => collected?.triageInput, estimateBundleBytes(early), options);
  } finally {
    stop.abort(new Error('finished'));
  }
}
