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
import { formPolicyOf } from '../../src-shared/form-policy.js';
import { screenshotsAllowed } from '../../src-shared/policy-limits.js';
import {
  ipcContract,
  ipcEvents,
  type IpcEnvelope,
  type IpcEvent,
  type IpcEventPayload,
  type IpcMethod,
  type IpcResponse,
  type UpdateStatus,
} from '../../src-shared/ipc-contract.js';
import { APP_NAME, APP_VERSION } from '../app-info.js';
import type { CollectSettings } from '../collect/collect-settings.js';
import type { Collector } from '../collect/collector.js';
import { currentEnvironment, type Environment } from '../platform/environment.js';
import { BundleDrafts } from './bundle-drafts.js';
import { BundlePaths } from './bundle-paths.js';
import { DraftRequestClaims } from './draft-request-claims.js';
import { CancellableRun, CancelledError } from './cancellable-run.js';
import { UnknownRequestError } from './unknown-request-error.js';
import { PolicyRefusalError } from './policy-refusal-error.js';
import { policyBundleOptions } from './policy-bundle-options.js';
import { loadPolicy } from '../platform/load-policy.js';
import { tusResumeStoreFor } from '../upload/tus-resume-store.js';
import { uploadBundle } from '../upload/upload-bundle.js';
import { UploadRefusedError, type UploadFetch } from '../upload/upload-http.js';
import { collectForBundle, REQUIRED_ENTRIES, type CreatedBundle } from './create-bundle.js';
import { expandChosen, summarizeDropped } from './fleet-review.js';
import { inspectBundle, requireWholeBundle } from './inspect-bundle.js';
import { summarizeBundles } from './summarize-bundles.js';
import { replayStoreFor } from './replay-store.js';
import { RequestRefusedError, withClaimedRequest } from './verify-request.js';
import { requestOptions } from './request-options.js';
import type { RequestLinkInbox } from './request-link-inbox.js';
import { userMessage } from './ipc-user-message.js';
import { storeScreenshot } from './screenshot-attachment.js';
import { checkForUpdate } from './update-check.js';

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

type Handler = (request: unknown, emit: EmitEvent) => Promise<IpcEnvelope<unknown>>;

type Implementations = {
  [M in IpcMethod]: (
    request: z.output<(typeof ipcContract)[M]['request']>,
    emit: EmitEvent,
  ) => Promise<IpcResponse<M>>;
};

function implementations(config: MainServiceConfig): Implementations {
  const draftDir = config.draftDir ?? path.join(os.tmpdir(), `zpb-drafts-${process.pid}`);
  const drafts = new BundleDrafts(draftDir);
  const paths = new BundlePaths(config.outputDir);
  const collecting = new CancellableRun();
  const environment = () => config.environment ?? currentEnvironment();
  const claims = new DraftRequestClaims(() => replayStoreFor(environment()), (draftId) => drafts.discard(draftId));
  /** The verified signed request behind an id main handed out (with an upload when `upload` says so). */
  const verifiedRequest = (requestId: string, upload: boolean) => {
    const verified = config.requestLinks?.verifiedRequest(requestId);
    if (!verified || (upload && !verified.upload)) throw new UnknownRequestError(`no verified request${upload ? ' with an upload' : ''} has this id`);
    return verified;
  };
  /** Bundles the user chose to send (main did not write them): checked again before every send. */
  const chosenToSend = new Set<string>();
  // Asked once per run: the answer (and the page it names) does not change while the app is open.
  let updateStatus: Promise<UpdateStatus> | null = null;
  /** The bundle being sent, if any (Cancel stops it; the bundle stays). */
  let sending: AbortController | null = null;

  /** What the Done screen shows of a bundle that may now be sent: saved by main, or chosen and verified. */
  const respond = async (bundle: Pick<CreatedBundle, 'path' | 'manifest'>) => {
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
  };

  return {
    async getAppInfo() {
      return {
        name: APP_NAME,
        version: APP_VERSION,
        platform: environment().platform,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        outputDir: paths.outputDir,
      };
    },
    async prepareBundle(request, emit) {
      const environment = config.environment ?? currentEnvironment();
      // The organisation's policy beats the link and the user's choices, here as in the CLI.
      const policy = await loadPolicy(environment);
      if (request.screenshot && !screenshotsAllowed(policy)) throw new PolicyRefusalError('Your organisation does not allow screenshots in bundles. Remove the screenshot, then create the bundle.');
      const verified = request.requestId === undefined ? undefined : verifiedRequest(request.requestId, false);
      // A signed request's own fields, as main verified them, over what the renderer sent.
      const link = verified?.request ?? request.request;
      // A bad image fails before anything is collected.
      const screenshot = request.screenshot ? await storeScreenshot(request.screenshot, path.join(draftDir, 'attachments')) : null;
      // A used request is refused before anything is collected; one without an upload is claimed until saved.
      const draft = await claims.collect(verified, () => collecting.run(async (signal) => {
        const options = policyBundleOptions(requestOptions(request.probes, link, { redaction: request.redaction, logWindowHours: request.logWindowHours }), config.settings, policy);
        const collected = await collectForBundle({
          report: request.report,
          ...options,
          settings: { ...config.settings, ...options.settings },
          environment,
          appLogPath: config.appLogPath,
          collectors: config.collectors,
          // Reporter ids comparable across the organisation when its policy gives a key.
          reporterKey: policy.settings.reporterKey?.value,
          onProgress: (event) => emit('collectProgress', event),
          signal,
        });
        if (signal.aborted) throw new CancelledError();
        if (screenshot) collected.entries.push({ kind: 'file', file: screenshot });
        return drafts.create(collected, signal, (event) => emit('collectProgress', event));
      })).catch(async (error: unknown) => {
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
        notices: draft.collected.notices,
      };
    },
    async getFormPolicy() {
      return formPolicyOf(await loadPolicy(environment()));
    },
    async takeRequestLink() {
      return (await config.requestLinks?.takeChecked()) ?? null;
    },
    async sendBundle(request, emit) {
      const verified = verifiedRequest(request.requestId, true);
      paths.requireSendable(request.bundlePath, 'only bundles this app saved, or chose to send and verified, can be sent');
      if (!config.fetch) throw new Error('sending is not available here');
      // A chosen file may have changed since it was chosen (Try again later): checked again.
      if (chosenToSend.has(request.bundlePath)) await requireWholeBundle(request.bundlePath);
      const environment = config.environment ?? currentEnvironment();
      const upload = verified.upload!;
      const fetch = config.fetch;
      // One send at a time: a new one (Try again) stops one still running.
      sending?.abort();
      const controller = new AbortController();
      sending = controller;
      try {
        // Claimed while it sends (another process given the same link is refused); given back if sending fails.
        return await withClaimedRequest(verified, replayStoreFor(environment), async () =>
          uploadBundle(request.bundlePath, { ...verified, upload }, {
            fetch,
            policy: await loadPolicy(environment),
            now: () => environment.now(),
            signal: controller.signal,
            tusResume: tusResumeStoreFor(environment),
            onProgress: (progress) => emit('uploadProgress', progress),
          }),
        );
      } catch (error) {
        if (error instanceof RequestRefusedError) throw new UploadRefusedError(error.message);
        throw error;
      } finally {
        if (sending === controller) sending = null;
      }
    },
    async chooseBundleToSend(request) {
      // Only for a verified request that names where: the destination is always the request's own.
      verifiedRequest(request.requestId, true);
      if (!config.chooseBundleFile) throw new Error('choosing files is not available here');
      const chosen = await config.chooseBundleFile();
      if (!chosen) return null;
      const manifest = await requireWholeBundle(chosen);
      chosenToSend.add(chosen);
      return respond({ path: chosen, manifest });
    },
    async cancelSend() {
      const cancelled = sending !== null;
      sending?.abort();
      return { cancelled };
    },
    async checkForUpdate() {
      const updateFeedUrl = await config.updateFeedUrl;
      const fetch = config.fetch;
      if (!updateFeedUrl || !fetch) return { kind: 'off' as const };
      updateStatus ??= checkForUpdate({ feedUrl: updateFeedUrl, currentVersion: APP_VERSION, fetch });
      return updateStatus;
    },
    async openUpdatePage() {
      const status = await updateStatus;
      if (status?.kind !== 'available') throw new Error('there is no newer version to open');
      if (!config.openExternal) throw new Error('opening pages is not available here');
      config.openExternal(status.url);
      return {};
    },
    async previewDraftFile(request) {
      return drafts.preview(request.draftId, request.path);
    },
    async saveBundle(request) {
      drafts.get(request.draftId); // an unknown draft fails before a file name is picked
      const saved = await paths.withNewBundlePath(environment().now(), (outPath) => drafts.save(request.draftId, outPath, request.exclude));
      await claims.saved(request.draftId);
      return respond(saved);
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
      await claims.discarded(request.draftId);
      return {};
    },
    async cancelCollect() {
      return { cancelled: collecting.cancel() };
    },
    async showInFolder(request) {
      paths.requireTrusted(request.path, 'only bundles this app saved can be shown');
      if (!config.showItemInFolder) throw new Error('showing files is not available here');
      config.showItemInFolder(request.path);
      return {};
    },
    async chooseOutputFolder() {
      if (!config.chooseFolder) throw new Error('choosing folders is not available here');
      const chosen = await config.chooseFolder();
      if (chosen) paths.outputDir = chosen;
      return { path: chosen };
    },
    async chooseBundle() {
      if (!config.chooseBundleFile) throw new Error('choosing files is not available here');
      const chosen = await config.chooseBundleFile();
      if (chosen) paths.trust(chosen);
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
      paths.requireTrusted(request.path, 'open the bundle with the Open bundle button');
      return inspectBundle(request.path);
    },
    async chooseBundles(request) {
      if (!config.chooseBundleFiles) throw new Error('choosing files is not available here');
      const files = await expandChosen(await config.chooseBundleFiles(request.folder));
      for (const file of files) paths.trust(file);
      return { paths: files };
    },
    async summarizeBundles(request) {
      for (const file of request.paths) paths.requireTrusted(file, 'open the bundles with the Open several or Open folder button');
      return summarizeBundles(request.paths);
    },
    async summarizeDroppedBundles(request) {
      return summarizeDropped(draftDir, request.files);
    },
  };
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
