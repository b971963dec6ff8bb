// The BUILT preload (dist/electron/preload.cjs, what the sandboxed page gets) loaded against a
// stand-in contextBridge and ipcRenderer: what it exposes is compared with the shared IPC contract
// (channels read from src-shared, never listed here), and every call goes out on its own channel.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ipcContract, ipcEvents } from '../../../src-shared/ipc-contract.js';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';

const PRELOAD = path.join(PROJECT_ROOT, 'dist', 'electron', 'preload.cjs');

type Listener = (event: unknown, payload: unknown) => void;

/** Runs the preload file as Electron's sandboxed preload would: CommonJS with only `electron` to require. */
function loadPreload() {
  if (!existsSync(PRELOAD)) throw new Error('dist/electron/preload.cjs is missing: run "npm run build" first (npm test does)');
  const exposed = new Map<string, unknown>();
  const listeners = new Map<string, Set<Listener>>();
  const ipcRenderer = {
    invoke: vi.fn((_channel: string, _request: unknown): Promise<unknown> => Promise.resolve({ ok: true, value: 'answer' })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => listeners.get(channel)?.delete(listener)),
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) };
  const required: string[] = [];
  const requireStandIn = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return { contextBridge, ipcRenderer };
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', readFileSync(PRELOAD, 'utf8'))(requireStandIn, module, module.exports);
  const emit = (channel: string, payload: unknown) => [...(listeners.get(channel) ?? [])].forEach((l) => l({ sender: 'ipc event' }, payload));
  return { exposed, ipcRenderer, required, listeners, emit };
}

const eventMethod = (event: string) => `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;

describe('built preload against a stand-in contextBridge/ipcRenderer', () => {
  it('exposes only window.zpb, requiring nothing but electron', () => {
    const { exposed, required } = loadPreload();
    expect([...exposed.keys()]).toEqual(['zpb']);
    expect([...new Set(required)]).toEqual(['electron']);
  });

  it('window.zpb is exactly the contract: one function per channel and per event, frozen, no raw ipcRenderer', () => {
    const api = loadPreload().exposed.get('zpb') as Record<string, unknown>;
    const expected = [...Object.keys(ipcContract), ...Object.keys(ipcEvents).map(eventMethod)].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('every method invokes its own contract channel with the request and unwraps the answer', async () => {
    const { exposed, ipcRenderer } = loadPreload();
    const api = exposed.get('zpb') as Record<string, (request: unknown) => Promise<unknown>>;
    for (const [method, spec] of Object.entries(ipcContract)) {
      ipcRenderer.invoke.mockClear();
      const request = { probe: method };
      await expect(api[method]!(request), method).resolves.toBe('answer');
      expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(spec.channel, request);
    }
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'This request is not allowed.' } });
    await expect(api.getAppInfo!({})).rejects.toMatchObject({ name: 'forbidden', message: 'This request is not allowed.' });
  });

  it('every event subscribes on its own channel, passes only the payload, and unsubscribes', () => {
    const { exposed, emit, listeners } = loadPreload();
    const api = exposed.get('zpb') as Record<string, (listener: (payload: unknown) => void) => () => void>;
    for (const [event, spec] of Object.entries(ipcEvents)) {
      const received: unknown[] = [];
      const unsubscribe = api[eventMethod(event)]!((payload) => received.push(payload));
      emit(spec.channel, { n: 1 });
      expect(received, event).toEqual([{ n: 1 }]);
      unsubscribe();
      expect(listeners.get(spec.channel)?.size ?? 0).toBe(0);
      emit(spec.channel, { n: 2 });
      expect(received).toHaveLength(1);
    }
  });
});
