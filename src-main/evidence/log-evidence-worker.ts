/**
 * Runs the log-evidence extractor on a worker thread. The worker is this same module file started
 * again (in the built CLI, the chunk that holds it), told by workerData to serve: no separate file
 * to find after bundling. Messages carry the text the main thread already has; the answer is
 * evidence.json, or why the step failed (then the bundle says so instead of having evidence).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { EVIDENCE_SCHEMA_VERSION, type LogEvidence } from '../../src-shared/log-evidence.js';
import { LogEvidenceCollector, type LogEvidenceSettings } from './log-evidence-extractor.js';
import type { EvidenceSink } from './log-evidence-step.js';

type ToWorker =
  | { t: 'open'; id: number; path: string }
  | { t: 'text'; id: number; text: string }
  | { t: 'end'; id: number }
  | { t: 'encrypted'; path: string }
  | { t: 'result' };
type FromWorker = { t: 'result'; evidence: LogEvidence } | { t: 'error'; message: string };

const MARK = 'zpbLogEvidence';

/** The worker side: one collector, fed by messages, answering once. */
function serve(settings: LogEvidenceSettings): void {
  const collector = new LogEvidenceCollector(settings);
  const files = new Map<number, ReturnType<LogEvidenceCollector['openFile']>>();
  parentPort!.on('message', (message: ToWorker) => {
    try {
      if (message.t === 'open') files.set(message.id, collector.openFile(message.path));
      else if (message.t === 'text') files.get(message.id)?.push(message.text);
      else if (message.t === 'end') files.get(message.id)?.end();
      else if (message.t === 'encrypted') collector.addEncrypted(message.path);
      else {
        parentPort!.postMessage({ t: 'result', evidence: collector.result() } satisfies FromWorker);
        parentPort!.close();
      }
    } catch (error) {
      parentPort!.postMessage({ t: 'error', message: (error as Error).message } satisfies FromWorker);
      parentPort!.close();
    }
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[MARK]) serve((workerData as Record<string, LogEvidenceSettings>)[MARK]!);

/** Evidence that says only that the step failed (the bundle is still written). */
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

/**
 * Starts the worker, or returns null where this module is not runnable JavaScript (the sources
 * under a TypeScript loader) or a worker cannot be made.
 */
export function startEvidenceWorker(settings: LogEvidenceSettings): EvidenceSink | null {
  const self = new URL(import.meta.url);
  if (!/\.(?:m?js)$/.test(self.pathname)) return null;
  let worker: Worker;
  try {
    worker = new Worker(self, { workerData: { [MARK]: settings } });
  } catch {
    return null;
  }
  let failure: string | undefined;
  let answer: ((value: FromWorker) => void) | undefined;
  const answered = new Promise<FromWorker>((resolve) => (answer = resolve));
  worker.on('message', (message: FromWorker) => answer!(message));
  worker.on('error', (error) => {
    failure = error.message;
    answer!({ t: 'error', message: error.message });
  });
  worker.on('exit', (code) => answer!({ t: 'error', message: failure ?? `the worker ended (${code})` }));
  // Until the answer is asked for, the worker must not keep the process alive on its own.
  worker.unref();
  const post = (message: ToWorker) => {
    if (failure === undefined) worker.postMessage(message);
  };
  let nextId = 0;
  return {
    openFile(path) {
      const id = nextId++;
      post({ t: 'open', id, path });
      return { push: (text) => post({ t: 'text', id, text }), end: () => post({ t: 'end', id }) };
    },
    addEncrypted: (path) => post({ t: 'encrypted', path }),
    async result() {
      worker.ref();
      post({ t: 'result' });
      const message = await answered;
      worker.unref();
      void worker.terminate();
      return message.t === 'result' ? message.evidence : failedEvidence(settings, message.message);
    },
  };
}
