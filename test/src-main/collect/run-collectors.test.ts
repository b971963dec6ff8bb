import { describe, expect, it } from 'vitest';
import type { Collector } from '../../../src-main/collect/collector.js';
import { runCollectors } from '../../../src-main/collect/run-collectors.js';
import type { CollectProgress } from '../../../src-shared/collector-result.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';

const context = collectContext(fixtureEnvironment('linux', '/nonexistent'));

const ok: Collector = { id: 'ok', deadlineMs: 1000, run: async () => ({ data: { a: 1 }, message: 'fine' }) };
const throws: Collector = { id: 'throws', deadlineMs: 1000, run: async () => { throw new Error('disk on fire\nstack...'); } };
const hangs: Collector = { id: 'hangs', deadlineMs: 150, run: () => new Promise(() => undefined) };

describe('runCollectors', () => {
  it('turns a throw and a hang into failed results and keeps the others', async () => {
    const events: CollectProgress[] = [];
    // The hang can only end through its deadline (its promise never settles), so no wall-clock bound is needed.
    const results = await runCollectors([ok, throws, hangs], context, { onProgress: (e) => events.push(e) });
    expect(results.map((r) => [r.id, r.status])).toEqual([['ok', 'ok'], ['throws', 'failed'], ['hangs', 'failed']]);
    expect(results[0]?.data).toEqual({ a: 1 });
    expect(results[1]?.message).toBe('disk on fire');
    expect(results[2]?.message).toMatch(/150 ms deadline/);
    expect(results[2]!.durationMs).toBeGreaterThanOrEqual(140);
    expect(events.filter((e) => e.state === 'started')).toHaveLength(3);
    expect(events.filter((e) => e.state === 'finished').map((e) => e.status).sort()).toEqual(['failed', 'failed', 'ok']);
  });

  it('aborts the signal of a collector that passed its deadline', async () => {
    let seen: AbortSignal | undefined;
    const slow: Collector = { id: 'slow', deadlineMs: 50, run: ({ signal }) => { seen = signal; return new Promise(() => undefined); } };
    await runCollectors([slow], context);
    expect(seen?.aborted).toBe(true);
  });

  it('cancels every running collector when the outer signal aborts', async () => {
    const controller = new AbortController();
    // Cancelled once it has started (an event, not a delay), under a deadline beyond the test's
    // timeout: only the cancel can end it.
    const onProgress = (e: CollectProgress) => e.state === 'started' && controller.abort();
    const results = await runCollectors([{ ...hangs, deadlineMs: 120_000 }], context, { signal: controller.signal, onProgress });
    expect(results[0]).toMatchObject({ status: 'failed', message: 'cancelled' });
  });
});
