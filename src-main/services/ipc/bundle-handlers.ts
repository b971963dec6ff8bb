/**
 * IPC handlers of the bundle flow: the form's policy, collecting a draft under the collect plan,
 * previewing, saving and discarding it. Thin delegates over the services; the decisions are the
 * plan's (plan-from-request.ts) and the claims' (draft-request-claims.ts).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { noteSentence } from '../../../src-shared/collect-plan.js';
import { formPolicyOf } from '../../../src-shared/form-policy.js';
import { requestRecord } from '../../../src-shared/request-link.js';
import { loadPolicy } from '../../platform/load-policy.js';
import { CancellableRun, CancelledError } from '../cancellable-run.js';
import { collectForBundle, REQUIRED_ENTRIES } from '../create-bundle.js';
import { DraftRequestClaims } from '../../requests/draft-request-claims.js';
import { replayStoreFor } from '../../requests/replay-store.js';
import { storeScreenshot } from '../screenshot-attachment.js';
import type { Implementations, IpcContext } from './ipc-context.js';
import { planFromRequest } from './plan-from-request.js';

export type BundleHandlers = Pick<Implementations, 'getFormPolicy' | 'prepareBundle' | 'previewDraftFile' | 'saveBundle' | 'discardDraft' | 'cancelCollect'>;

export function bundleHandlers(context: IpcContext): BundleHandlers {
  const { config, drafts, paths, draftDir } = context;
  const collecting = new CancellableRun();
  const claims = new DraftRequestClaims(() => replayStoreFor(context.environment()), (draftId) => drafts.discard(draftId));

  return {
    async getFormPolicy() {
      return formPolicyOf(await loadPolicy(context.environment()));
    },
    async prepareBundle(request, emit) {
      const environment = context.environment();
      // The organisation's policy beats the link and the user's choices, here as in the CLI: one plan.
      const policy = await loadPolicy(environment);
      const verified = request.requestId === undefined ? undefined : context.verifiedRequest(request.requestId, false);
      const plan = planFromRequest(request, verified, config.settings, policy);
      // A bad image fails before anything is collected.
      const screenshot = request.screenshot ? await storeScreenshot(request.screenshot, path.join(draftDir, 'attachments')) : null;
      // A used request is refused before anything is collected; one the plan spends when saved is claimed until then.
      const draft = await claims.collect(verified, plan.claim, () => collecting.run(async (signal) => {
        const collected = await collectForBundle({
          report: request.report,
          settings: { ...config.settings, ...plan.settings },
          redaction: { profile: plan.redaction },
          ...(plan.request ? { request: requestRecord(plan.request) } : {}),
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
        analysis: draft.written.analysis,
        requiredPaths: [...REQUIRED_ENTRIES],
        // What the plan changed (as the CLI says on stderr), then what collecting found.
        notices: [...plan.notes.map(noteSentence), ...draft.collected.notices],
        evidence: draft.written.evidence,
      };
    },
    async previewDraftFile(request) {
      return drafts.preview(request.draftId, request.path);
    },
    async saveBundle(request) {
      drafts.get(request.draftId); // an unknown draft fails before a file name is picked
      const saved = await paths.withNewBundlePath(context.environment().now(), (outPath) => drafts.save(request.draftId, outPath, request.exclude));
      await claims.saved(request.draftId);
      return context.respond(saved);
    },
    async discardDraft(request) {
      await drafts.discard(request.draftId);
      await claims.discarded(request.draftId);
      return {};
    },
    async cancelCollect() {
      return { cancelled: collecting.cancel() };
    },
  };
}
