/**
 * Runs collectors concurrently, each under its own deadline, turning every throw, rejection or
 * hang into a "failed" result with a reason. One broken collector never costs the bundle.
 */
import type { CollectProgress } from '../../src-shared/collector-result.js';
import { describeError } from '../../src-shared/describe-error.js';
import type { CollectContext, Collector, CollectorResult } from './collector.js';

export interface RunCollectorsOptions {
  /** Progress callback: a started and a finished event per collector. */
  onProgress?: (event: CollectProgress) => void;
  /** Cancels every collector still running. */
  signal?: AbortSignal;
}

/** Runs one collector under its deadline. Never rejects. */
export async function runCollector<T>(
  collector: Collector<T>,
  context: Omit<CollectContext, 'signal'>,
  options: RunCollectorsOptions = {},
): Promise<CollectorResult<T>> {
  const started = performance.now();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(new Error('cancelled'));
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  if (options.signal?.aborted) onOuterAbort();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`did not finish within its ${collector.deadlineMs} ms deadline`);
      controller.abort(error);
      reject(error);
    }, collector.deadlineMs);
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  deadline.catch(() => undefined); // handled by the race below; this only keeps Node quiet after it
  options.onProgress?.({ phase: 'collector', id: collector.id, state: 'started' });
  let result: CollectorResult<T>;
  try {
    const output = await Promise.race([collector.run({ onProgress: options.onProgress, ...context, signal: controller.signal }), deadline]);
    result = {
      id: collector.id,
      status: output.status ?? 'ok',
      durationMs: 0,
      message: output.message ?? '',
      data: output.data,
      section: collector.section,
      listsFiles: collector.listsFiles,
      files: output.files ?? [],
      skipped: output.skipped ?? [],
    };
  } catch (error) {
    result = {
      id: collector.id,
      status: 'failed',
      durationMs: 0,
      message: describeError(error),
      section: collector.section,
      listsFiles: collector.listsFiles,
      files: [],
      skipped: [],
    };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    // Tell a collector that is still working (after a deadline) to stop.
    if (!controller.signal.aborted) controller.abort(new Error('finished'));
  }
  result.durationMs = Math.round(performance.now() - started);
  options.onProgress?.({
    phase: 'collector',
    id: collector.id,
    state: 'finished',
    status: result.status,
    durationMs: result.durationMs,
    message: result.message,
  });
  return result;
}

/** Runs all collectors concurrently; results keep the collectors' order. */
export function runCollectors(
  collectors: readonly Collector[],
  context: Omit<CollectContext, 'signal'>,
  options: RunCollectorsOptions = {},
): Promise<CollectorResult[]> {
  return Promise.all(collectors.map((collector) => runCollector(collector, context, options)));
}
