import { isIpcErrorCode, type IpcErrorCode } from '../../src-shared/ipc-error-code.js';

/** A failed call as the user sees it: main's plain sentence, its code, and technical details for "Show details". */
export interface Problem {
  message: string;
  code?: IpcErrorCode;
  details?: string;
}

/** The plain sentence main sent with a failed call (ipc-client puts it in Error.message). */
export function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message || 'Something went wrong. Please try again.';
}

/** The sentence, code and details of a failed call. */
export function problemOf(error: unknown): Problem {
  const details = error instanceof Error ? (error as Error & { details?: unknown }).details : undefined;
  return {
    message: errorText(error),
    ...(error instanceof Error && isIpcErrorCode(error.name) ? { code: error.name } : {}),
    ...(typeof details === 'string' && details ? { details } : {}),
  };
}
