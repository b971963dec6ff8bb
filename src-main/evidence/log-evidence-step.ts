/**
 * The log-evidence step as the bundle writer uses it: an observer per entry (bundle-writer.ts
 * observeText) that hands the redacted text of readable Zoom logs to the extractor, counts the
 * encrypted ones, and gives evidence.json once the last entry is written.
 *
 * It runs on the thread that redacts: the text is already there, and the scan costs less than a
 * worker thread did (the figures: docs/perf-notes.md, "The log-evidence step"). Like a collector,
 * it never fails the bundle: a failure inside it gives evidence that says so.
 */
import { EVIDENCE_SCHEMA_VERSION, type LogEvidence } from '../../src-shared/log-evidence.js';
import type { BundleEntry, TextObserver } from '../bundle/bundle-writer.js';
import { LogEvidenceCollector, type LogEvidenceSettings } from './log-evidence-extractor.js';

/** Encrypted Zoom logs: copied as they are, never read (Zoom support decrypts them). */
export function isEncryptedLog(path: string): boolean {
  return path.toLowerCase().endsWith('.zenc');
}

/** What the step reads: the Zoom logs collector's files. */
function isZoomLog(entry: BundleEntry): entry is Extract<BundleEntry, { kind: 'file' }> {
  return entry.kind === 'file' && entry.file.source === 'zoom-logs';
}

export interface LogEvidenceStep {
  observe(entry: BundleEntry, path: string): TextObserver | undefined;
  /** evidence.json; call once, after the last entry. */
  result(): LogEvidence;
}

/** Evidence that says only that the step failed (the bundle is still written, with the logs). */
export function failedEvidence(settings: LogEvidenceSettings, why: string): LogEvidence {
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    occurredAt: settings.occurredAt,
    timeZone: settings.timeZone,
    logTimeZone: settings.logTimeZone,
    window: { from: settings.occurredAt, to: settings.occurredAt, minutes: settings.windowMinutes ?? 10 },
    searched: {},
    limits: { linesPerFile: 1, linesInAll: 1, events: 1, linesCut: false, eventsCut: false },
    files: [],
    encrypted: { count: 0, files: [] },
    windowLines: [],
    events: [],
    tallies: [],
    notes: [`The log-evidence step failed (${why}): the logs are in the bundle, unread.`],
  };
}

/** Starts the step for one bundle. */
export function startLogEvidence(settings: LogEvidenceSettings): LogEvidenceStep {
  let failure: string | undefined;
  let collector: LogEvidenceCollector | undefined;
  /** Runs a step of the extractor; the first error stops it and is reported instead of failing the bundle. */
  const guarded = <T>(work: () => T): T | undefined => {
    if (failure !== undefined) return undefined;
    try {
      return work();
    } catch (error) {
      failure = (error as Error).message || String(error);
      return undefined;
    }
  };
  guarded(() => (collector = new LogEvidenceCollector(settings)));
  return {
    observe(entry, path) {
      if (!isZoomLog(entry)) return undefined;
      if (entry.file.kind === 'binary') {
        if (isEncryptedLog(path)) guarded(() => collector!.addEncrypted(path));
        return undefined;
      }
      const file = guarded(() => collector!.openFile(path));
      if (!file) return undefined;
      return { text: (chunk) => guarded(() => file.push(chunk)), end: () => guarded(() => file.end()) };
    },
    result: () => guarded(() => collector!.result()) ?? failedEvidence(settings, failure ?? 'no result'),
  };
}
