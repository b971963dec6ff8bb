// Runs inside the page in browser tests: builds `window.zpb` with the SAME client code the
// preload uses, over functions the test exposes (wired to the real main-process handlers).
import { createZpbApi } from '../../src-shared/ipc-client.js';

type Listener = (payload: unknown) => void;
const w = window as unknown as {
  __zpbInvoke(channel: string, request: unknown): Promise<unknown>;
  __zpbEmit(channel: string, payload: unknown): void;
  zpb: unknown;
};
const listeners = new Map<string, Set<Listener>>();

w.__zpbEmit = (channel, payload) => listeners.get(channel)?.forEach((listener) => listener(payload));
w.zpb = createZpbApi({
  invoke: (channel, request) => w.__zpbInvoke(channel, request),
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return () => set.delete(listener);
  },
});
