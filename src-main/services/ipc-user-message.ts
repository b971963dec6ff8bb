/**
 * A sentence for the user from a failure, with what to do; raw exceptions never reach the renderer.
 * Technical text (paths, error codes, library messages) goes in `details`, behind "Show details".
 */
import { describeError } from '../../src-shared/describe-error.js';
import type { IpcErrorCode } from '../../src-shared/ipc-error-code.js';
import { BundleWriteError } from '../bundle/bundle-writer.js';
import { UploadAlreadyAnsweredError, UploadCancelledError, UploadFailedError, UploadRefusedError } from '../upload/upload-http.js';
import { DraftGoneError } from './bundle-drafts.js';
import { UntrustedPathError } from './bundle-paths.js';
import { CancelledError } from './cancellable-run.js';
import { PolicyRefusalError } from './policy-refusal-error.js';
import { ScreenshotError } from './screenshot-attachment.js';
import { NotABundleError } from './not-a-bundle-error.js';
import { UnknownRequestError } from '../requests/unknown-request-error.js';
import { RequestRefusedError } from '../requests/verify-request.js';

export function userMessage(error: unknown): { code: IpcErrorCode; message: string; details?: string } {
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
  if (error instanceof UploadCancelledError) return { code: 'cancelled', message: 'Sending was cancelled. The bundle was not sent; it is still saved on this computer.' };
  if (error instanceof UploadRefusedError) return { code: 'upload-refused', message: `The bundle was not sent: ${error.message} It is still saved on this computer.` };
  if (error instanceof UploadAlreadyAnsweredError) {
    return { code: 'upload-refused', message: `The bundle was not sent: ${error.message} It is still saved on this computer: show it in its folder and send it to the help desk another way.` };
  }
  if (error instanceof UploadFailedError) {
    return { code: 'upload-failed', message: 'The bundle could not be sent. It is still saved on this computer: try again, or show it in its folder and send it yourself.', details: error.message };
  }
  // The verifier's own sentence, as the CLI says it (nothing was collected for it).
  if (error instanceof RequestRefusedError) return { code: 'request-refused', message: error.message };
  if (error instanceof NotABundleError) {
    return { code: 'not-a-bundle', message: 'That file cannot be sent: it is not a whole support bundle, or it was changed after it was saved. Choose the bundle the app saved.', details: error.message };
  }
  if (error instanceof UnknownRequestError) return { code: 'no-request', message: 'This bundle cannot be sent from here: open the help desk\u2019s link again.', details: error.message };
  if (error instanceof UntrustedPathError) return { code: 'forbidden', message: 'That file cannot be opened here. Use the Open bundle button.', details: error.message };
  return { code: 'failed', message: 'Something went wrong. Please try again.', details: describeError(error) };
}
