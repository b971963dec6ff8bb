/**
 * Registers the contract's handlers on ipcMain. Every call is checked: it must come from the
 * app's own page in the main frame (sender check), and the shared handlers validate the payload
 * with zod both ways.
 */
import { pathToFileURL } from 'node:url';
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import log from 'electron-log/main';
import { createIpcHandlers, validateEvent, type MainServiceConfig } from '../services/ipc-handlers.js';
import { shellServices } from './shell-services.js';

/** True when the call comes from the top frame showing our own index.html. */
export function isTrustedSender(event: IpcMainInvokeEvent, indexPath: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === 'file:' && url.pathname === pathToFileURL(indexPath).pathname;
  } catch {
    return false;
  }
}

/** Wires every contract channel (with the shell services: show in folder, open dialog, drafts); returns a function that removes them again. */
export function registerIpc(config: MainServiceConfig, indexPath: string): () => void {
  const handlers = createIpcHandlers({ ...shellServices(), ...config });
  for (const [channel, handler] of handlers) {
    ipcMain.handle(channel, async (event, request: unknown) => {
      if (!isTrustedSender(event, indexPath)) {
        log.warn(`rejected IPC on ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return { ok: false, error: { code: 'forbidden', message: 'This request is not allowed.' } };
      }
      return handler(request, (name, payload) => {
        const message = validateEvent(name, payload);
        if (!event.sender.isDestroyed()) event.sender.send(message.channel, message.payload);
      });
    });
  }
  return () => {
    for (const channel of handlers.keys()) ipcMain.removeHandler(channel);
  };
}
