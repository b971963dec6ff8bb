/**
 * What the screens do with a failed call, by its kind (main's IpcErrorCode): an exhaustive switch,
 * so a kind main starts to answer with fails the type check here until the screens handle it.
 */
import type { IpcErrorCode } from '../../src-shared/ipc-error-code.js';

/** 'cancelled': the person stopped it (no error shown); 'choose-folder': offer another folder; 'show': show the sentence. */
export type ProblemKind = 'cancelled' | 'choose-folder' | 'show';

export function problemKind(code: IpcErrorCode | undefined): ProblemKind {
  switch (code) {
    case 'cancelled':
      return 'cancelled';
    // The folder bundles go to is missing, cannot be written, or already holds that name.
    case 'exists':
    case 'no-folder':
    case 'write-failed':
      return 'choose-folder';
    case 'no-space':
    case 'bad-request':
    case 'bad-screenshot':
    case 'draft-gone':
    case 'policy':
    case 'upload-refused':
    case 'upload-failed':
    case 'request-refused':
    case 'not-a-bundle':
    case 'no-request':
    case 'forbidden':
    case 'failed':
    case undefined:
      return 'show';
    default: {
      const unhandled: never = code;
      return unhandled;
    }
  }
}
