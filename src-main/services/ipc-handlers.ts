/**
 * The main-process side of the IPC contract, independent of Electron: glue only. Each feature
 * module (ipc/bundle-, send-, review- and app-handlers.ts) returns its part of the implementations;
 * here they are joined (the type checks that every contract channel has one), and each channel gets
 * a handler that validates the request and the response with the contract's zod schemas and turns
 * every failure into a plain-language envelope. Electron's ipcMain and the browser tests both
 * register exactly these handlers.
 */
import { ipcContract, ipcEvents, type IpcEnvelope, type IpcEvent, type IpcEventPayload, type IpcMethod } from '../../src-shared/ipc-contract.js';
import { appHandlers } from './ipc/app-handlers.js';
import { bundleHandlers } from './ipc/bundle-handlers.js';
import { ipcContext, type EmitEvent, type Implementations, type MainServiceConfig } from './ipc/ipc-context.js';
import { reviewHandlers } from './ipc/review-handlers.js';
import { sendHandlers } from './ipc/send-handlers.js';
import { userMessage } from './ipc-user-message.js';

export type { EmitEvent, MainServiceConfig };

type Handler = (request: unknown, emit: EmitEvent) => Promise<IpcEnvelope<unknown>>;

/** Every channel's implementation, from the feature modules sharing one context. */
function implementations(config: MainServiceConfig): Implementations {
  const context = ipcContext(config);
  return { ...appHandlers(context), ...bundleHandlers(context), ...sendHandlers(context), ...reviewHandlers(context) };
}

/** Handlers keyed by channel name. */
export function createIpcHandlers(config: MainServiceConfig): ReadonlyMap<string, Handler> {
  const impl = implementations(config) as Record<IpcMethod, (request: unknown, emit: EmitEvent) => Promise<unknown>>;
  const handlers = new Map<string, Handler>();
  for (const [method, spec] of Object.entries(ipcContract) as [IpcMethod, (typeof ipcContract)[IpcMethod]][]) {
    handlers.set(spec.channel, async (raw, emit) => {
      const request = spec.request.safeParse(raw ?? {});
      if (!request.success) {
        const issue = request.error.issues[0];
        return {
          ok: false,
          error: { code: 'bad-request', message: 'The app could not use what was sent. Please try again.', details: `Invalid request: ${issue?.path.join('.') || 'input'}: ${issue?.message}` },
        };
      }
      try {
        const value = spec.response.parse(await impl[method](request.data, emit));
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: userMessage(error) };
      }
    });
  }
  return handlers;
}

/** Validates an event payload against the contract before it is sent. */
export function validateEvent<E extends IpcEvent>(event: E, payload: IpcEventPayload<E>): { channel: string; payload: unknown } {
  const spec = ipcEvents[event];
  return { channel: spec.channel, payload: spec.payload.parse(payload) };
}
