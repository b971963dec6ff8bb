/**
 * The main-process side of the IPC contract, independent of Electron: one handler per contract
 * channel, validating the request and the response with the contract's zod schemas and turning
 * every failure into a plain-language envelope. Electron's ipcMain and the browser tests both
 * register exactly these handlers.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { defaultBundleName } from '../../src-shared/bundle-name.js';
import {
  ipcContract,
  ipcEvents,
  type IpcEnvelope,
  type IpcEvent,
  type IpcEventPayload,
  type IpcMethod,
  type IpcResponse,
} from '../../src-shared/ipc-contract.js';
import { APP_NAME, APP_VERSION } from '../app-info.js';
import { BundleWriteError } from '../bundle/bundle-writer.js';
import type { Collector } from '../collect/collector.js';
import { describeError } from '../collect/run-collectors.js';
import { currentEnvironment, type Environment } from '../platform/environment.js';
import { createBundle } from './create-bundle.js';

export interface MainServiceConfig {
  /** Folder bundles are written to (the user's Downloads folder in the app). */
  outputDir: string;
  environment?: Environment;
  collectors?: Collector[];
}

/** Sends a one-way event to the renderer that made the call. */
export type EmitEvent = <E extends IpcEvent>(event: E, payload: IpcEventPayload<E>) => void;

type Handler = (request: unknown, emit: EmitEvent) => Promise<IpcEnvelope<unknown>>;

type Implementations = {
  [M in IpcMethod]: (
    request: z.output<(typeof ipcContract)[M]['request']>,
    emit: EmitEvent,
  ) => Promise<IpcResponse<M>>;
};

/** Picks a file name that does not exist yet in the folder (bundles are never overwritten). */
async function freshBundlePath(dir: string, now: Date): Promise<string> {
  const base = defaultBundleName(now).replace(/\.zip$/, '');
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.zip` : `${base}-${n}.zip`);
    if (!(await fs.lstat(candidate).catch(() => null))) return candidate;
  }
}

function implementations(config: MainServiceConfig): Implementations {
  return {
    async getAppInfo() {
      return {
        name: APP_NAME,
        version: APP_VERSION,
        platform: (config.environment ?? currentEnvironment()).platform,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        outputDir: config.outputDir,
      };
    },
    async collectBundle(request, emit) {
      const environment = config.environment ?? currentEnvironment();
      const bundle = await createBundle({
        report: request.report,
        settings: { probes: request.probes },
        outPath: await freshBundlePath(config.outputDir, environment.now()),
        environment,
        collectors: config.collectors,
        onProgress: (event) => emit('collectProgress', event),
      });
      return {
        bundlePath: bundle.path,
        bytes: bundle.bytes,
        fileCount: bundle.manifest.files.length,
        collectors: bundle.manifest.collectors,
        skippedCount: bundle.manifest.skipped.length,
      };
    },
  };
}

/** A sentence for the user from a failure; raw exceptions never reach the renderer. */
function userMessage(error: unknown): { code: string; message: string } {
  if (error instanceof BundleWriteError) {
    const hint = error.code === 'no-folder' ? ' Choose another folder.' : ' Check free disk space and permissions, then try again.';
    return { code: error.code, message: `The bundle could not be saved: ${error.message}.${hint}` };
  }
  return { code: 'failed', message: `Something went wrong: ${describeError(error)}. Please try again.` };
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
        return { ok: false, error: { code: 'bad-request', message: `Invalid request: ${issue?.path.join('.') || 'input'}: ${issue?.message}` } };
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
