import { describe, expect, it } from 'vitest';
import { CancellableRun, CancelledError } from '../../../src-main/services/cancellable-run.js';

const untilAborted = (signal: AbortSignal) => new Promise<string>((resolve) => signal.addEventListener('abort', () => resolve('partial'), { once: true }));

describe('CancellableRun', () => {
  it('turns a cancelled run into CancelledError and says whether anything was running', async () => {
    const runs = new CancellableRun();
    expect(runs.cancel()).toBe(false);
    const running = runs.run(untilAborted);
    expect(runs.cancel()).toBe(true);
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(runs.cancel()).toBe(false);
  });

  it('a new run stops the one before; the new one finishes normally', async () => {
    const runs = new CancellableRun();
    const first = runs.run(untilAborted);
    const second = runs.run(async () => 'done');
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    await expect(second).resolves.toBe('done');
  });
});
