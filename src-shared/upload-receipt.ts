/**
 * The receipt of a sent bundle, written beside it as `<bundle>.receipt.json`, shown on the Done
 * screen and printed by the CLI: where it went (host and path, never the query), what was sent
 * (bytes and the zip's sha256), and the server's reference for it (S3 ETag or tus upload id).
 */
import { z } from 'zod';

export const uploadReceiptSchema = z.object({
  kind: z.enum(['s3-put', 'tus']),
  host: z.string(),
  /** The object path or tus upload path, without query. */
  path: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The server's reference: the S3 ETag or the tus upload id (the last part of its URL). */
  reference: z.string().optional(),
  sentAt: z.string(),
  ticket: z.string().optional(),
  helpdesk: z.string().optional(),
  /** The key id that signed the request. */
  kid: z.string().optional(),
});
export type UploadReceipt = z.output<typeof uploadReceiptSchema>;

/** Sending progress: bytes handed to the connection so far, of the bundle's size. */
export interface UploadProgress {
  sentBytes: number;
  totalBytes: number;
  percent: number;
}

/** Where a receipt is written: beside the bundle. */
export function receiptPathFor(bundlePath: string): string {
  return `${bundlePath}.receipt.json`;
}
