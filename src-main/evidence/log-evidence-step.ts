/**
 * The log-evidence step as the bundle writer uses it: an observer per entry (bundle-writer.ts
 * observeText) that hands the redacted text of readable Zoom logs to the extractor, counts the
 * encrypted ones, and gives evidence.json once the last entry is written.
 *
 * With `onWorker`, the extractor runs on a worker thread (log-evidence-worker.ts): the main thread,
 * which redacts, only posts the text it already has, and the scan costs the bundle almost no wall
 * time on a machine with a second core. Where no worker can be started (the sources run under
 * vitest, a failed start), the same extractor runs here.
 */
import type { LogEvidence } from '../../src-shared/log-evidence.js';
import type { BundleEntry, TextObserver } from '../bundle/bundle-writer.js';
import { LogEvidenceCollector, type LogEvidenceSettings } from './log-evidence-extractor.js';
import { startEvidenceWorker } from './log-evidence-worker.js';

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
  result(): Promise<LogEvidence>;
}

/** The sink the step feeds: the extractor itself, or the worker that runs it. */
export interface EvidenceSink {
  openFile(path: string): { push(text: string): void; end(): void };
  addEncrypted(path: string): void;
  result(): Promise<LogEvidence>;
}

function inThread(settings: LogEvidenceSettings): EvidenceSink {
  const collector = new LogEvidenceCollector(settings);
  return {
    openFile: (path) => collector.openFile(path),
    addEncrypted: (path) => collector.addEncrypted(path),
    result: async () => collector.result(),
  };
}

/** Starts the step for one bundle. */
export function startLogEvidence(settings: LogEvidenceSettings, options: { onWorker?: boolean } = {}): LogEvidenceStep {
  const sink = (options.onWorker ? startEvidenceWorker(settings) : null) ?? inThread(settings);
  return {
    observe(entry, path) {
      if (!isZoomLog(entry)) return undefined;
      if (entry.file.kind === 'binary') {
        if (isEncryptedLog(path)) sink.addEncrypted(path);
        return undefined;
      }
      const file = sink.openFile(path);
      return { text: (chunk) => file.push(chunk), end: () => file.end() };
    },
    result: () => sink.result(),
  };
}
