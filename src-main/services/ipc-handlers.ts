/**
 * The main-process side of the IPC contract, independent of Electron: one handler per contract
 * channel, validating the request and the response with the contract's zod schemas and turning
 * every failure into a plain-language envelope. Electron's ipcMain and the browser tests both
 * register exactly these handlers.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type { z } from 'zod';
import { defaultBundleName } from '../../src-shared/bundle-name.js';
import { policyValue, type EffectivePolicy } from '../../src-shared/org-policy.js';
import { limitLogWindow, limitRedaction, limitTotalMb, screenshotsAllowed } from '../../src-shared/policy-limits.js';
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
import type { CollectSettings } from '../collect/collect-settings.js';
import type { Collector } from '../collect/collector.js';
import { describeError } from '../collect/run-collectors.js';
import { currentEnvironment, type Environment } from '../platform/environment.js';
import { loadPolicy } from '../platform/load-policy.js';
import { uploadBundle } from '../upload/upload-bundle.js';
import { UploadFailedError, UploadRefusedError, type UploadFetch } from '../upload/upload-http.js';
import { BundleDrafts, DraftGoneError } from './bundle-drafts.js';
import { collectForBundle, REQUIRED_ENTRIES, type CreatedBundle } from './create-bundle.js';
import { inspectBundle } from './inspect-bundle.js';
import { replayStoreFor } from './replay-store.js';
import { consumeRequest } from './verify-request.js';
import { requestOptions } from './request-options.js';
import type { RequestLinkInbox } from './request-link-inbox.js';
import { ScreenshotError, storeScreenshot } from './screenshot-attachment.js';

export interface MainServiceConfig {
  /** Folder bundles are written to (the user's Downloads folder in the app). */
  outputDir: string;
  environment?: Environment;
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
  /** Help-desk request links the app was opened with (deep links). */
  requestLinks?: RequestLinkInbox;
  /** The HTTP client bundles are sent with (the app: Electron's net.fetch; tests: Node's fetch). */
  uploadFetch?: UploadFetch;
}

/** A collection the user stopped: not a failure, and nothing was saved. */
class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** A path the renderer sent that main did not produce or choose itself. */
class UntrustedPathError extends Error {}

/** A request id main did not hand out (or one without an upload). */
class UnknownRequestError extends Error {}

/** Something the organisation policy does not allow; the message says what to do. */
class PolicyRefusalError extends Error {}

const MB = 1024 * 1024;

/** Bundle options under the policy: redaction raised to its minimum, log window and total lowered to its maximums, its probe plan. */
function policyBundleOptions(options: ReturnType<typeof requestOptions>, base: Partial<CollectSettings> | undefined, policy: EffectivePolicy): ReturnType<typeof requestOptions> {
  const hours = limitLogWindow(options.settings?.logWindowHours ?? base?.logWindowHours, policy).value;
  const totalMb = limitTotalMb(base?.maxTotalBytes === undefined ? undefined : base.maxTotalBytes / MB, policy).value;
  const probePlan = policyValue(policy, 'probePlan');
  return {
    ...options,
    settings: {
      ...options.settings,
      ...(hours !== undefined ? { logWindowHours: hours } : {}),
      ...(totalMb !== undefined ? { maxTotalBytes: Math.round(totalMb * MB) } : {}),
      ...(probePlan ? { probePlanPath: probePlan } : {}),
    },
    redaction: { ...options.redaction, profile: limitRedaction(options.redaction?.profile ?? 'standard', policy).value },
  };
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

/**
 * Picks a file name that does not exist yet in the folder and that no other save still running
 * has picked (bundles are never overwritten; two saves in the same second get two names). The
 * caller releases the claim once its file exists or its save failed.
 */
async function claimBundlePath(dir: string, now: Date, claimed: Set<string>): Promise<string> {
  const base = defaultBundleName(now).replace(/\.zip$/, '');
  for (let n = 1; ; n++) {
    const candidate = path.join(dir, n === 1 ? `${base}.zip` : `${base}-${n}.zip`);
    if (claimed.has(candidate) || (await fs.lstat(candidate).catch(() => null))) continue;
    // Checked again after the await: another call may have claimed it meanwhile.
    if (claimed.has(candidate)) continue;
    claimed.add(candidate);
    return candidate;
  }
}

function implementations(config: MainServiceConfig): Implementations {
  const draftDir = config.draftDir ?? path.join(os.tmpdir(), `zpb-drafts-${process.pid}`);
  const drafts = new BundleDrafts(draftDir);
  // Only files main wrote or the user picked in main's dialog may be revealed or opened.
  const trustedPaths = new Set<string>();
  let running: AbortController | null = null;
  // Output names picked by saves still running.
  const claimed = new Set<string>();
  // Where bundles go: the configured folder until the user picks another in main's dialog.
  let outputDir = config.outputDir;

  /** Runs a save with a fresh output name of its own. */
  async function withBundlePath<T>(work: (outPath: string) => Promise<T>): Promise<T> {
    const environment = config.environment ?? currentEnvironment();
    const outPath = await claimBundlePath(outputDir, environment.now(), claimed);
    try {
      return await work(outPath);
    } finally {
      claimed.delete(outPath);
    }
  }

  /** Runs one collection at a time with a cancel switch; throws CancelledError when stopped. */
  async function cancellable<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    try {
      const result = await work(controller.signal);
      if (controller.signal.aborted) throw new CancelledError();
      return result;
    } finally {
      if (running === controller) running = null;
    }
  }

  const respond = async (bundle: CreatedBundle) => {
    trustedPaths.add(bundle.path);
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
  };

  return {
    async getAppInfo() {
      return {
        name: APP_NAME,
        version: APP_VERSION,
        platform: (config.environment ?? currentEnvironment()).platform,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        outputDir,
      };
    },
    async prepareBundle(request, emit) {
      const environment = config.environment ?? currentEnvironment();
      // The organisation's policy beats the link and the user's choices, here as in the CLI.
      const policy = await loadPolicy(environment);
      if (request.screenshot && !screenshotsAllowed(policy)) throw new PolicyRefusalError('Your organisation does not allow screenshots in bundles. Remove the screenshot, then create the bundle.');
      // A bad image fails before anything is collected.
      const screenshot = request.screenshot ? await storeScreenshot(request.screenshot, path.join(draftDir, 'attachments')) : null;
      const draft = await cancellable(async (signal) => {
        const options = policyBundleOptions(requestOptions(request.probes, request.request), config.settings, policy);
        const collected = await collectForBundle({
          report: request.report,
          ...options,
          settings: { ...config.settings, ...options.settings },
          environment,
          collectors: config.collectors,
          onProgress: (event) => emit('collectProgress', event),
          signal,
        });
        if (signal.aborted) throw new CancelledError();
        if (screenshot) collected.entries.push({ kind: 'file', file: screenshot });
        return drafts.create(collected, signal);
      }).catch(async (error: unknown) => {
        // No draft owns the stored screenshot yet: remove it before reporting the failure.
        if (screenshot) await fs.rm(screenshot.sourcePath, { force: true });
        throw error;
      });
      const manifest = draft.written.manifest;
      return {
        draftId: draft.id,
        files: manifest.files,
        skipped: manifest.skipped,
        collectors: manifest.collectors,
        redaction: manifest.redaction,
        analysis: draft.collected.analysis,
        requiredPaths: [...REQUIRED_ENTRIES],
      };
    },
    async takeRequestLink() {
      return (await config.requestLinks?.takeChecked()) ?? null;
    },
    async sendBundle(request, emit) {
      const verified = config.requestLinks?.verifiedRequest(request.requestId);
      if (!verified?.upload) throw new UnknownRequestError('no verified request with an upload has this id');
      if (!trustedPaths.has(request.bundlePath)) throw new UntrustedPathError('only bundles this app saved can be sent');
      if (!config.uploadFetch) throw new Error('sending is not available here');
      const environment = config.environment ?? currentEnvironment();
      const replay = replayStoreFor(environment);
      if (await replay.used(verified.jti)) throw new UploadRefusedError('This request was already used on this computer; ask the help desk for a new link.');
      const receipt = await uploadBundle(request.bundlePath, { ...verified, upload: verified.upload }, {
        fetch: config.uploadFetch,
        policy: await loadPolicy(environment),
        now: () => environment.now(),
        onProgress: (progress) => emit('uploadProgress', progress),
      });
      await consumeRequest(verified, replay);
      return receipt;
    },
    async previewDraftFile(request) {
      return drafts.preview(request.draftId, request.path);
    },
    async saveBundle(request) {
      drafts.get(request.draftId); // an unknown draft fails before a file name is picked
      return respond(await withBundlePath((outPath) => drafts.save(request.draftId, outPath, request.exclude)));
    },
    async emailHelpDesk(request) {
      if (!config.openMail) throw new Error('email is not available here');
      // Built here from checked parts, so only a plain mailto: with a subject and body is ever opened.
      const address = request.to.replace(/^mailto:/i, '');
      config.openMail(`mailto:${address}?subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(request.body)}`);
      return {};
    },
    async discardDraft(request) {
      await drafts.discard(request.draftId);
      return {};
    },
    async cancelCollect() {
      const cancelled = running !== null;
      running?.abort();
      return { cancelled };
    },
    async showInFolder(request) {
      if (!trustedPaths.has(request.path)) throw new UntrustedPathError('only bundles this app saved can be shown');
      if (!config.showItemInFolder) throw new Error('showing files is not available here');
      config.showItemInFolder(request.path);
      return {};
    },
    async chooseOutputFolder() {
      if (!config.chooseFolder) throw new Error('choosing folders is not available here');
      const chosen = await config.chooseFolder();
      if (chosen) outputDir = chosen;
      return { path: chosen };
    },
    async chooseBundle() {
      if (!config.chooseBundleFile) throw new Error('choosing files is not available here');
      const chosen = await config.chooseBundleFile();
      if (chosen) trustedPaths.add(chosen);
      return { path: chosen };
    },
    async inspectDroppedBundle(request) {
      // Written privately and removed again: the result names the dropped file, not the temp copy.
      await fs.mkdir(draftDir, { recursive: true, mode: 0o700 });
      const temp = path.join(draftDir, `dropped-${randomUUID()}.zip`);
      try {
        // Inside the try: a full disk must not leave a partial copy behind either.
        await fs.writeFile(temp, Buffer.from(request.base64, 'base64'), { mode: 0o600, flag: 'wx' });
        return { ...(await inspectBundle(temp)), file: request.name };
      } finally {
        await fs.rm(temp, { force: true });
      }
    },
    async inspectBundle(request) {
      if (!trustedPaths.has(request.path)) throw new UntrustedPathError('open the bundle with the Open bundle button');
      return inspectBundle(request.path);
    },
  };
}

/**
 * A sentence for the user from a failure, with what to do; raw exceptions never reach the renderer.
 * Technical text (paths, error codes, library messages) goes in `details`, behind "Show details".
 */
function userMessage(error: unknown): { code: string; message: string; details?: string } {
  if (error instanceof CancelledError || (error instanceof BundleWriteError && error.code === 'cancelled')) {
    return { code: 'cancelled', message: 'Collecting was cancelled. Nothing was saved.' };
  }
  if (error instanceof BundleWriteError) {
    const message =
      error.code === 'no-folder'
        ? 'The bundle could not be saved: the folder it goes to does not exist. Choose another folder.'
        : 'The bundle could not be saved. Check free disk space and permissions, then try again.';
    return { code: error.code, message, details: error.message };
  }
  if (error instanceof ScreenshotError) return { code: 'bad-screenshot', message: 'The screenshot cannot be attached. Remove it or choose another image.', details: error.message };
  if (error instanceof DraftGoneError) return { code: 'draft-gone', message: 'This bundle is no longer available. Collect again.' };
  if (error instanceof PolicyRefusalError) return { code: 'policy', message: error.message };
  if (error instanceof UploadRefusedError) return { code: 'upload-refused', message: `The bundle was not sent: ${error.message} It is still saved on this computer.` };
  if (error instanceof UploadFailedError) {
    return { code: 'upload-failed', message: 'The bundle could not be sent. It is still saved on this computer: try again, or show it in its folder and send it yourself.', details: error.message };
  }
  if (error instanceof UnknownRequestError) return { code: 'no-request', message: 'This bundle cannot be sent from here: open the help desk\u2019s link again.', details: error.message };
  if (error instanceof UntrustedPathError) return { code: 'forbidden', message: 'That file cannot be opened here. Use the Open bundle button.', details: error.message };
  return { code: 'failed', message: 'Something went wrong. Please try again.', details: describeError(error) };
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
