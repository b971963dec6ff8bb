/**
 * IPC handlers of sending: a saved (or chosen and verified) bundle to where a verified signed
 * request says, one send at a time, and cancelling it. The request is claimed while it sends.
 */
import { tusResumeStoreFor } from '../../upload/tus-resume-store.js';
import { uploadBundle } from '../../upload/upload-bundle.js';
import { UploadRefusedError } from '../../upload/upload-http.js';
import { loadPolicy } from '../../platform/load-policy.js';
import { requireWholeBundle } from '../inspect-bundle.js';
import { replayStoreFor } from '../../requests/replay-store.js';
import { RequestRefusedError, withClaimedRequest } from '../../requests/verify-request.js';
import type { Implementations, IpcContext } from './ipc-context.js';

export type SendHandlers = Pick<Implementations, 'sendBundle' | 'chooseBundleToSend' | 'cancelSend'>;

export function sendHandlers(context: IpcContext): SendHandlers {
  const { config, paths } = context;
  /** Bundles the user chose to send (main did not write them): checked again before every send. */
  const chosenToSend = new Set<string>();
  /** The bundle being sent, if any (Cancel stops it; the bundle stays). */
  let sending: AbortController | null = null;

  return {
    async sendBundle(request, emit) {
      const verified = context.verifiedRequest(request.requestId, true);
      paths.requireSendable(request.bundlePath, 'only bundles this app saved, or chose to send and verified, can be sent');
      if (!config.fetch) throw new Error('sending is not available here');
      // A chosen file may have changed since it was chosen (Try again later): checked again.
      if (chosenToSend.has(request.bundlePath)) await requireWholeBundle(request.bundlePath);
      const environment = context.environment();
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
      context.verifiedRequest(request.requestId, true);
      if (!config.chooseBundleFile) throw new Error('choosing files is not available here');
      const chosen = await config.chooseBundleFile();
      if (!chosen) return null;
      const manifest = await requireWholeBundle(chosen);
      chosenToSend.add(chosen);
      return context.respond({ path: chosen, manifest });
    },
    async cancelSend() {
      const cancelled = sending !== null;
      sending?.abort();
      return { cancelled };
    },
  };
}
