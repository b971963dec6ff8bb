/**
 * What the IPC feature modules share: the configuration main was started with, the types of one
 * handler, and the few services more than one feature uses (drafts, trusted paths, the verified
 * request lookup). Built once per window by ipc-handlers.ts; each feature keeps its own state.
 */
import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import type { CollectResponse, ipcContract, IpcEvent, IpcEventPayload, IpcMethod, IpcResponse } from '../../../src-shared/ipc-contract.js';
import type { VerifiedRequest } from '../../../src-shared/signed-request.js';
import type { CollectSettings } from '../../collect/collect-settings.js';
import type { Collector } from '../../collect/collector.js';
import { currentEnvironment, type Environment } from '../../platform/environment.js';
import type { UploadFetch } from '../../upload/upload-http.js';
import { BundleDrafts } from '../bundle-drafts.js';
import { BundlePaths } from '../bundle-paths.js';
import type { CreatedBundle } from '../create-bundle.js';
import type { RequestLinkInbox } from '../../requests/request-link-inbox.js';
import { UnknownRequestError } from '../../requests/unknown-request-error.js';

export interface MainServiceConfig {
  /** Folder bundles are written to (the user's Downloads folder in the app). */
  outputDir: string;
  environment?: Environment;
  /** This app's own log file (electron-log), collected into logs/app/. */
  appLogPath?: string;
  collectors?: Collector[];
  /** Collect settings under what the request asks (tests point the probes at a plan on 127.0.0.1). */
  settings?: Partial<CollectSettings>;
  /** Private folder for review drafts (default: a folder in the OS temp dir). */
  draftDir?: string;
  /** Reveals a file in the OS file manager (Electron's shell.showItemInFolder). */
  showItemInFolder?: (file: string) => void;
  /** Opens a mailto: URL main built in the user's mail app (Electron's shell.openExternal). */
  openMail?: (url: string) => void;
  /** Main's own "choose a folder" dialog; resolves null when the user cancels. */
  chooseFolder?: () => Promise<string | null>;
  /** Main's own "open bundle" dialog; resolves null when the user cancels. */
  chooseBundleFile?: () => Promise<string | null>;
  /** Main's own dialog for several bundles (or folders); resolves [] when the user cancels. */
  chooseBundleFiles?: (folder: boolean) => Promise<string[]>;
  /** Help-desk request links the app was opened with (deep links). */
  requestLinks?: RequestLinkInbox;
  /** The organisation's update feed (policy updateFeedUrl); no feed, no check (the default). */
  updateFeedUrl?: string | Promise<string | undefined>;
  /** Opens an https page in the browser (Electron's shell.openExternal); only the update feed's page reaches it. */
  openExternal?: (url: string) => void;
  /** The HTTP client main sends bundles and asks the update feed with (the app: Electron's net.fetch; tests: Node's fetch). */
  fetch?: UploadFetch;
}

/** Sends a one-way event to the renderer that made the call. */
export type EmitEvent = <E extends IpcEvent>(event: E, payload: IpcEventPayload<E>) => void;

/** Every channel's implementation: the parsed request in, the response out (checked by the contract). */
export type Implementations = {
  [M in IpcMethod]: (request: z.output<(typeof ipcContract)[M]['request']>, emit: EmitEvent) => Promise<IpcResponse<M>>;
};

/** What the feature modules share. */
export interface IpcContext {
  config: MainServiceConfig;
  /** Private folder for drafts, attachments and dropped bundles. */
  draftDir: string;
  drafts: BundleDrafts;
  /** The paths main wrote or the user chose (and may therefore open, show or send). */
  paths: BundlePaths;
  /** The environment collected from: the configured one, else this process's. */
  environment(): Environment;
  /** The verified signed request behind an id main handed out (with an upload when `upload` says so). */
  verifiedRequest(requestId: string, upload: boolean): VerifiedRequest;
  /** What the Done screen shows of a bundle that may now be sent: saved by main, or chosen and verified. */
  respond(bundle: Pick<CreatedBundle, 'path' | 'manifest'>): Promise<CollectResponse>;
}

/** The shared services of one set of handlers. */
export function ipcContext(config: MainServiceConfig): IpcContext {
  const draftDir = config.draftDir ?? path.join(os.tmpdir(), `zpb-drafts-${process.pid}`);
  const paths = new BundlePaths(config.outputDir);
  return {
    config,
    draftDir,
    drafts: new BundleDrafts(draftDir),
    paths,
    environment: () => config.environment ?? currentEnvironment(),
    verifiedRequest(requestId, upload) {
      const verified = config.requestLinks?.verifiedRequest(requestId);
      if (!verified || (upload && !verified.upload)) throw new UnknownRequestError(`no verified request${upload ? ' with an upload' : ''} has this id`);
      return verified;
    },
    async respond(bundle) {
      paths.allowSending(bundle.path);
      // Hashed and measured as it lies on disk: what the help desk receives.
      const hash = createHash('sha256');
      await pipeline(createReadStream(bundle.path), hash);
      return {
        bundlePath: bundle.path,
        bytes: (await fs.stat(bundle.path)).size,
        sha256: hash.digest('hex'),
        fileCount: bundle.manifest.files.length,
        collectors: bundle.manifest.collectors,
        skippedCount: bundle.manifest.skipped.length,
      };
    },
  };
}
