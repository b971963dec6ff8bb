import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIpcHandlers } from '../../../src-main/services/ipc-handlers.js';
import { IPC_METHOD_CHANNELS } from '../../../src-shared/ipc-channels.js';
import type { CollectProgress } from '../../../src-shared/collector-result.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const environment = fixtureEnvironment('linux', path.join(dir, 'home'), {}, new Date('2026-11-26T08:00:00Z'));

describe('createIpcHandlers', () => {
  const handlers = createIpcHandlers({ outputDir: dir, environment });
  const call = (channel: string, request: unknown, events: unknown[] = []) => handlers.get(channel)!(request, (name, payload) => events.push([name, payload]));

  it('registers exactly the contract channels', () => {
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_METHOD_CHANNELS).sort());
  });

  it('rejects invalid requests with a plain message, never throwing', async () => {
    const result = await call(IPC_METHOD_CHANNELS.collectBundle, { report: { occurredAt: 'soon', timeZone: 'UTC' } });
    expect(result).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Invalid request: report.occurredAt/) } });
    expect(await call(IPC_METHOD_CHANNELS.getAppInfo, { extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('collects a real bundle, emits progress, and never overwrites an earlier bundle', async () => {
    const events: [string, CollectProgress][] = [];
    const request = { report: { errorText: 'code 2202400', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' }, probes: false };
    const first = await call(IPC_METHOD_CHANNELS.collectBundle, request, events);
    const second = await call(IPC_METHOD_CHANNELS.collectBundle, request);
    if (!first.ok || !second.ok) throw new Error(JSON.stringify([first, second]));
    const a = first.value as { bundlePath: string };
    const b = second.value as { bundlePath: string };
    expect(path.dirname(a.bundlePath)).toBe(dir);
    expect(b.bundlePath).not.toBe(a.bundlePath);
    await readVerifiedBundle(a.bundlePath);
    await readVerifiedBundle(b.bundlePath);
    expect(events.some(([name, e]) => name === 'collectProgress' && e.id === 'system' && e.state === 'finished')).toBe(true);
  });

  it('turns a failed save into a sentence with what to do', async () => {
    const broken = createIpcHandlers({ outputDir: path.join(dir, 'no-such-folder'), environment });
    const result = await broken.get(IPC_METHOD_CHANNELS.collectBundle)!({ report: { occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC' }, probes: false }, () => undefined);
    expect(result).toEqual({ ok: false, error: { code: 'no-folder', message: expect.stringMatching(/^The bundle could not be saved: .*Choose another folder\.$/) } });
  });
});
