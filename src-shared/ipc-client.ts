/**
 * Builds the `window.zpb` API from the contract over any transport. The Electron preload passes
 * ipcRenderer-backed functions; the browser tests pass functions wired to the real services.
 */
import { IPC_EVENT_CHANNELS, IPC_METHOD_CHANNELS } from './ipc-channels.js';
import type { IpcEnvelope, ZpbApi } from './ipc-contract.js';

export interface IpcTransport {
  invoke(channel: string, request: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/** Creates the typed API. Calls resolve with the value or reject with an Error carrying main's plain message. */
export function createZpbApi(transport: IpcTransport): ZpbApi {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(IPC_METHOD_CHANNELS)) {
    api[method] = async (request: unknown) => {
      const envelope = (await transport.invoke(channel, request)) as IpcEnvelope<unknown>;
      if (envelope && envelope.ok) return envelope.value;
      const error = new Error(envelope?.error?.message ?? 'The app did not answer.') as Error & { details?: string };
      error.name = envelope?.error?.code ?? 'IpcError';
      // Technical text (paths, error codes) for "Show details", never in the sentence itself.
      if (envelope?.error?.details) error.details = envelope.error.details;
      throw error;
    };
  }
  for (const [event, channel] of Object.entries(IPC_EVENT_CHANNELS)) {
    const name = `on${event.charAt(0).toUpperCase()}${event.slice(1)}`;
    api[name] = (listener: (payload: unknown) => void) => transport.subscribe(channel, listener);
  }
  return Object.freeze(api) as ZpbApi;
}
