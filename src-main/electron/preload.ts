/**
 * Preload (sandboxed, bundled to CommonJS): exposes `window.zpb`, one function per contract
 * channel. Raw ipcRenderer is never exposed, and only the contract's channels can be used.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../../src-shared/ipc-channels.js';
import { createZpbApi } from '../../src-shared/ipc-client.js';

function assertKnown(channel: string): void {
  if (!IPC_CHANNELS.includes(channel)) throw new Error(`unknown channel ${channel}`);
}

contextBridge.exposeInMainWorld(
  'zpb',
  createZpbApi({
    invoke(channel, request) {
      assertKnown(channel);
      return ipcRenderer.invoke(channel, request);
    },
    subscribe(channel, listener) {
      assertKnown(channel);
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => ipcRenderer.removeListener(channel, wrapped);
    },
  }),
);
