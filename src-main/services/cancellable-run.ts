/**
 * One collection at a time with a cancel switch: starting another stops the one before, and
 * cancelling turns whatever the work returns into a CancelledError (nothing is saved).
 */

/** A collection the user stopped: not a failure, and nothing was saved. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export class CancellableRun {
  private running: AbortController | null = null;

  /** Runs the work with a fresh signal; throws CancelledError when it was stopped. */
  async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    this.running?.abort();
    const controller = new AbortController();
    this.running = controller;
    try {
      const result = await work(controller.signal);
      if (controller.signal.aborted) throw new CancelledError();
      return result;
    } finally {
      if (this.running === controller) this.running = null;
    }
  }

  /** Stops the running work; says whether there was any. */
  cancel(): boolean {
    const cancelled = this.running !== null;
    this.running?.abort();
    return cancelled;
  }
}
