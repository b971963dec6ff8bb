/**
 * The one service behind "collect": run the collectors, then write the bundle. The CLI, the
 * Electron IPC handler and the tests all call this.
 */
import { BUNDLE_ENTRIES, MANIFEST_SCHEMA_VERSION, type BundleManifest } from '../../src-shared/bundle-manifest.js';
import type { CollectProgress, CollectorSummary } from '../../src-shared/collector-result.js';
import { readErrorCode } from '../../src-shared/error-code.js';
import { incidentReportSchema, type IncidentReport, type IncidentReportInput } from '../../src-shared/incident-report.js';
import { APP_NAME, APP_VERSION } from '../app-info.js';
import { renderBundleReadme } from '../bundle/bundle-readme.js';
import { writeBundle, type BundleEntry } from '../bundle/bundle-writer.js';
import { DEFAULT_COLLECT_SETTINGS, type CollectSettings } from '../collect/collect-settings.js';
import type { Collector, CollectorResult } from '../collect/collector.js';
import { defaultCollectors } from '../collect/default-collectors.js';
import { runCollectors } from '../collect/run-collectors.js';
import { bundleRedactionSettings, type RedactionChoice } from '../redact/bundle-redaction-settings.js';
import { currentEnvironment, type Environment } from '../platform/environment.js';

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
}

export interface CreatedBundle {
  path: string;
  bytes: number;
  manifest: BundleManifest;
  report: IncidentReport;
}

/** Groups collector data by the JSON file and key each collector declared. */
function sections(results: CollectorResult[], file: 'system.json' | 'network.json'): Record<string, unknown> | null {
  const picked = results.filter((r) => r.section?.file === file);
  if (picked.length === 0) return null;
  return Object.fromEntries(picked.map((r) => [r.section!.key, r.data ?? null]));
}

/** Every entry but README.txt, in bundle order (file entries are only descriptions, not content). */
function bundleEntries(report: IncidentReport, results: CollectorResult[]): BundleEntry[] {
  const entries: BundleEntry[] = [
    { kind: 'json', path: BUNDLE_ENTRIES.report, source: 'report', value: { ...report, errorCode: readErrorCode(report.errorText) } },
  ];
  for (const file of ['system.json', 'network.json'] as const) {
    const value = sections(results, file);
    if (value) entries.push({ kind: 'json', path: file, source: 'collectors', value });
  }
  for (const result of results) for (const file of result.files) entries.push({ kind: 'file', file });
  return entries;
}

/** Validates the report, collects, and writes the bundle. Throws only for bad input or a failed write. */
export async function createBundle(options: CreateBundleOptions): Promise<CreatedBundle> {
  const report = incidentReportSchema.parse(options.report);
  const environment = options.environment ?? currentEnvironment();
  const settings: CollectSettings = { ...DEFAULT_COLLECT_SETTINGS, ...options.settings };
  const collectors = options.collectors ?? defaultCollectors(settings);
  const results = await runCollectors(collectors, { environment, report, settings }, {
    onProgress: options.onProgress,
    signal: options.signal,
  });
  const summaries: CollectorSummary[] = results.map(({ id, status, durationMs, message }) => ({ id, status, durationMs, message }));
  const skipped = results.flatMap((r) => r.skipped);
  const createdAt = environment.now().toISOString();
  const entries = bundleEntries(report, results);
  const readme = renderBundleReadme({
    appName: APP_NAME,
    appVersion: APP_VERSION,
    createdAt,
    report,
    collectors: summaries,
    fileCount: entries.length + 1,
    skippedCount: skipped.length,
  });
  options.onProgress?.({ phase: 'bundle', id: 'bundle', state: 'started' });
  const written = await writeBundle({
    targetPath: options.outPath,
    overwrite: options.overwrite,
    signal: options.signal,
    redaction: bundleRedactionSettings(options.redaction, environment, report),
    mappingPath: options.redaction?.mappingPath,
    entries: [...entries, { kind: 'text', path: BUNDLE_ENTRIES.readme, source: 'bundle', text: readme }],
    manifest: {
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      createdAt,
      app: { name: APP_NAME, version: APP_VERSION },
      ...(report.ticket ? { request: { ticket: report.ticket } } : {}),
      collectors: summaries,
      skipped,
    },
  });
  options.onProgress?.({ phase: 'bundle', id: 'bundle', state: 'finished', status: 'ok' });
  return { path: written.path, bytes: written.bytes, manifest: written.manifest, report };
}
