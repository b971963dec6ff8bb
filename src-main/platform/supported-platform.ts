/**
 * The three operating systems the product supports, and how Node's platform string maps onto them.
 * Its own file so the account and host-name readers can name it without importing environment.ts
 * (which imports them).
 */

export type SupportedPlatform = 'win32' | 'darwin' | 'linux';

/** Maps Node's platform string onto the three the product supports; others behave like Linux. */
export function toSupportedPlatform(platform: string): SupportedPlatform {
  return platform === 'win32' || platform === 'darwin' ? platform : 'linux';
}
