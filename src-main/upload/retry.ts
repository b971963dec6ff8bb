/**
 * Bounded retries with exponential backoff for network errors and server-side failures (5xx, 408,
 * 429). The wait ends early when the user cancels.
 */
import { UploadCancelledError, UploadFailedError } from './upload-http.js';

export interface RetryOptions {
  /** Tries in all, the first included (default 5). */
  attempts?: number;
  /** The first wait; each later wait doubles, up to maxDelayMs (default 500 ms, 15 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  signal?: AbortSignal;
  /** Told before each wait: which try failed and why (one line, no URL query). */
  onRetry?: (attempt: number, reason: string, delayMs: number) => void;
}

/** A failure worth another try: the connection failed, or the server says it is briefly unable. */
export class RetryableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RetryableError';
  }
}

/** Whether an HTTP status is worth retrying. */
export function retryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new UploadCancelledError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new UploadCancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `task` until it succeeds, fails for good, or the tries run out (then UploadFailedError, retryable). */
export async function withRetries<T>(task: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  for (let attempt = 1; ; attempt++) {
    try {
      return await task(attempt);
    } catch (error) {
      if (options.signal?.aborted) throw new UploadCancelledError();
      if (!(error instanceof RetryableError)) throw error;
      if (attempt >= attempts) throw new UploadFailedError(`${error.message} (gave up after ${attempts} tries)`, true);
      const delay = Math.min((options.baseDelayMs ?? 500) * 2 ** (attempt - 1), options.maxDelayMs ?? 15_000);
      options.onRetry?.(attempt, error.message, delay);
      await wait(delay, options.signal);
    }
  }
}
