/**
 * The collector contract: every collector has an id, a deadline, and returns a result with a
 * status; it never throws past its boundary (docs/design.md, "Rules that keep it trustworthy").
 */
import type { CollectProgress, CollectorStatus, SkippedItem } from '../../src-shared/collector-result.js';
import type { IncidentReport } from '../../src-shared/incident-report.js';
import type { Environment } from '../platform/environment.js';
import type { CollectSettings } from './collect-settings.js';
import type { LogEncoding } from './log-decoding.js';

/** A file on disk to copy into the bundle, read as it was when it was found. */
export interface BundleFileSource {
  /** Path inside the zip, forward slashes (e.g. "logs/zoom/zoom/zoom_stdout_stderr.log"). */
  bundlePath: string;
  /** Absolute path on disk. */
  sourcePath: string;
  /** Byte range to copy: [start, end) of the file as it was when listed (growth after that is ignored). */
  start: number;
  end: number;
  /** Text goes through redaction; binary (encrypted logs) is copied as opaque bytes. */
  kind: 'text' | 'binary';
  /** Decoded while the bundle is written (UTF-16 or gzip text logs), stored as UTF-8 text. */
  encoding?: LogEncoding;
  /** True when start > 0 because only the newest bytes were kept. */
  truncated: boolean;
  /** The collector that found it. */
  source: string;
}

/** Which JSON file of the bundle a collector's data goes into, and under which key. */
export interface CollectorSection {
  file: 'system.json' | 'network.json';
  key: string;
}

/** What a collector's run returns; the runner adds id, duration and the final status. */
export interface CollectorOutput<T = unknown> {
  /** Defaults to "ok". */
  status?: Exclude<CollectorStatus, 'failed'>;
  message?: string;
  data?: T;
  files?: BundleFileSource[];
  skipped?: SkippedItem[];
}

/** Everything a collector may read; nothing global. */
export interface CollectContext {
  environment: Environment;
  report: IncidentReport;
  settings: CollectSettings;
  /**
   * This app's own log file (electron-log, or the CLI's log), collected into logs/app/. Written by
   * this process while it runs: an output of the run, so it is not part of the environment read.
   */
  appLogPath?: string;
  /** Aborted when the collector's deadline passes or the user cancels. */
  signal: AbortSignal;
  /** Progress inside a collector (e.g. one event per network probe); optional. */
  onProgress?: (event: CollectProgress) => void;
}

export interface Collector<T = unknown> {
  id: string;
  /** Milliseconds before the runner gives up on it and reports it as failed. */
  deadlineMs: number;
  section?: CollectorSection;
  /**
   * True for collectors whose job is listing files (Zoom logs, this app's log): their files go
   * first in the bundle, and are written while the other collectors still run.
   */
  listsFiles?: boolean;
  run(context: CollectContext): Promise<CollectorOutput<T>>;
}

/** A collector's outcome, with everything the bundle writer needs. */
export interface CollectorResult<T = unknown> {
  id: string;
  status: CollectorStatus;
  durationMs: number;
  message: string;
  data?: T;
  section?: CollectorSection;
  /** The collector's listsFiles. */
  listsFiles?: boolean;
  files: BundleFileSource[];
  skipped: SkippedItem[];
}
