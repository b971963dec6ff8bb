/**
 * The kinds of failure main answers an IPC call with: one union the main side produces
 * (services/ipc-user-message.ts) and the renderer switches on (common/problem-kind.ts), so a new
 * kind fails the type check until both sides handle it.
 */

/** Why writing a bundle failed (BundleWriteError, also the CLI's failure line). */
export const BUNDLE_WRITE_ERROR_CODES = ['exists', 'no-folder', 'no-space', 'write-failed', 'cancelled'] as const;
export type BundleWriteErrorCode = (typeof BUNDLE_WRITE_ERROR_CODES)[number];

export const IPC_ERROR_CODES = [
  ...BUNDLE_WRITE_ERROR_CODES,
  /** The request did not match the contract. */
  'bad-request',
  'bad-screenshot',
  'draft-gone',
  /** The organisation policy (or the collect plan under it) refused. */
  'policy',
  'upload-refused',
  'upload-failed',
  'request-refused',
  'not-a-bundle',
  'no-request',
  'forbidden',
  /** Anything unexpected. */
  'failed',
] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

/** Whether a string from the wire is one of the codes. */
export function isIpcErrorCode(value: unknown): value is IpcErrorCode {
  return typeof value === 'string' && (IPC_ERROR_CODES as readonly string[]).includes(value);
}
