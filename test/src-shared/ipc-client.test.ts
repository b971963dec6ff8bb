import { describe, expect, it } from 'vitest';
import { IPC_CHANNELS, IPC_EVENT_CHANNELS, IPC_METHOD_CHANNELS } from '../../src-shared/ipc-channels.js';
import { ipcContract, ipcEvents } from '../../src-shared/ipc-contract.js';
import { createZpbApi } from '../../src-shared/ipc-client.js';

describe('createZpbApi', () => {
  it('has one function per contract channel and one subscriber per event', () => {
    const api = createZpbApi({ invoke: async () => ({ ok: true, value: null }), subscribe: () => () => undefined });
    expect(Object.keys(api).sort()).toEqual([...Object.keys(ipcContract), ...Object.keys(ipcEvents).map((e) => `on${e[0]!.toUpperCase()}${e.slice(1)}`)].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });
  it('has no channel that writes a bundle without a reviewed draft and consent', () => {
    expect(Object.keys(ipcContract)).not.toContain('collectBundle');
    expect(IPC_CHANNELS).not.toContain('zpb:collect-bundle');
    // The only channel that writes to the output folder demands consent in its request schema.
    expect(ipcContract.saveBundle.request.safeParse({ draftId: '00000000-0000-4000-8000-000000000000' }).success).toBe(false);
  });
  it('keeps the channel table and the contract in step', () => {
    expect(Object.fromEntries(Object.entries(ipcContract).map(([k, v]) => [k, v.channel]))).toEqual(IPC_METHOD_CHANNELS);
    expect(Object.fromEntries(Object.entries(ipcEvents).map(([k, v]) => [k, v.channel]))).toEqual(IPC_EVENT_CHANNELS);
    expect(new Set(IPC_CHANNELS).size).toBe(IPC_CHANNELS.length);
  });
  it('resolves values and turns error envelopes into Errors with the plain message', async () => {
    const calls: [string, unknown][] = [];
    const api = createZpbApi({
      invoke: async (channel, request) => {
        calls.push([channel, request]);
        return channel === IPC_METHOD_CHANNELS.getAppInfo
          ? { ok: true, value: { name: 'n' } }
          : { ok: false, error: { code: 'exists', message: 'The bundle could not be saved.' } };
      },
      subscribe: () => () => undefined,
    });
    await expect(api.getAppInfo({})).resolves.toEqual({ name: 'n' });
    await expect(api.saveBundle({ draftId: 'x', consent: true })).rejects.toThrow('The bundle could not be saved.');
    expect(calls.map((c) => c[0])).toEqual([IPC_METHOD_CHANNELS.getAppInfo, IPC_METHOD_CHANNELS.saveBundle]);
  });
});
