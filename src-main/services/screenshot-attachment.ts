/**
 * Turns the screenshot the user attached (a data: URL from the renderer) into a bundle file:
 * written to the private draft folder and added as an opaque binary entry. Images are not
 * redacted (the wizard says so); only real image types of a bounded size are accepted.
 */
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BundleFileSource } from '../collect/collector.js';
import { USER_ATTACHMENT_SOURCE } from '../redact/binary-policy.js';

/** Largest screenshot accepted, in bytes after decoding. */
export const MAX_SCREENSHOT_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** A screenshot that cannot be used, with a sentence for the user. */
export class ScreenshotError extends Error {}

/** Decodes and stores the image; returns the bundle file that points at it. */
export async function storeScreenshot(dataUrl: string, dir: string): Promise<BundleFileSource> {
  const match = /^data:(image\/[a-z+.-]+);base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl);
  const extension = match ? EXTENSIONS[match[1]!] : undefined;
  if (!match || !extension) throw new ScreenshotError('the screenshot must be a PNG, JPEG, GIF or WebP image');
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length === 0) throw new ScreenshotError('the screenshot is empty');
  if (bytes.length > MAX_SCREENSHOT_BYTES) throw new ScreenshotError('the screenshot is larger than 10 MB');
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const sourcePath = path.join(dir, `${randomUUID()}.${extension}`);
  try {
    await fs.writeFile(sourcePath, bytes, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    await fs.rm(sourcePath, { force: true }); // a full disk leaves no partial image behind
    throw error;
  }
  return { bundlePath: `attachments/screenshot.${extension}`, sourcePath, start: 0, end: bytes.length, kind: 'binary', truncated: false, source: USER_ATTACHMENT_SOURCE };
}
