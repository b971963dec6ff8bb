// A probe's own timeout must fire even when garbage collections run while the probe waits: Node's
// AbortSignal.timeout inside AbortSignal.any could be collected, and a silent target then waited for
// the whole probe deadline with the wrong verdict.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { probeSignal, type ProbeContext } from '../../../src-main/probes/probe-context.js';
import { timeoutSignal } from '../../../src-main/probes/timeout-signal.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Waits up to `ms` for the signal, collecting garbage meanwhile; returns when it aborted (or null). */
async function abortedWithin(signal: AbortSignal, ms: number): Promise<number | null> {
  const started = performance.now();
  let at: number | null = null;
  signal.addEventListener('abort', () => (at = performance.now() - started), { once: true });
  while (at === null && performance.now() - started < ms) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return at;
}

describe('probe timeouts', () => {
  it('a probe signal aborts at its target timeout through garbage collections, with a TimeoutError', async () => {
    const deadline = new AbortController();
    const context = { signal: deadline.signal } as ProbeContext;
    const signal = probeSignal({ id: 'x', kind: 'tcp', host: '127.0.0.1', port: 9, timeoutMs: 150 } as Parameters<typeof probeSignal>[0], context);
    const at = await abortedWithin(signal, 2000);
    expect(at).not.toBeNull();
    expect(at!).toBeGreaterThanOrEqual(140);
    expect((signal.reason as Error).name).toBe('TimeoutError');
  });

  it('the overall deadline still aborts a probe signal first when it comes first', async () => {
    const deadline = new AbortController();
    const signal = probeSignal({ id: 'x', kind: 'tcp', host: '127.0.0.1', port: 9, timeoutMs: 5000 } as Parameters<typeof probeSignal>[0], { signal: deadline.signal } as ProbeContext);
    setTimeout(() => deadline.abort(new Error('probe deadline')), 50);
    expect(await abortedWithin(signal, 2000)).not.toBeNull();
    expect((signal.reason as Error).message).toBe('probe deadline');
  });

  it('timeoutSignal alone keeps its timer through collections', async () => {
    expect(await abortedWithin(timeoutSignal(100), 2000)).not.toBeNull();
  });
});
