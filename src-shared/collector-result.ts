/**
 * What every collector reports about itself, as it appears in the manifest.
 */
import { z } from 'zod';

export const COLLECTOR_STATUSES = ['ok', 'partial', 'failed', 'skipped'] as const;
export const collectorStatusSchema = z.enum(COLLECTOR_STATUSES);
export type CollectorStatus = z.infer<typeof collectorStatusSchema>;

/** One collector's outcome, without its data (the data goes to its own file). */
export const collectorSummarySchema = z.object({
  id: z.string().min(1),
  status: collectorStatusSchema,
  durationMs: z.number().nonnegative(),
  message: z.string().default(''),
});
export type CollectorSummary = z.infer<typeof collectorSummarySchema>;

/** Something that was found but deliberately left out of the bundle, and why. */
export const skippedItemSchema = z.object({
  source: z.string().min(1),
  reason: z.string().min(1),
});
export type SkippedItem = z.infer<typeof skippedItemSchema>;

/** A progress event while collecting, sent to the CLI's stderr and to the renderer. */
export const collectProgressSchema = z.object({
  /** A collector, one network probe, or writing the bundle. */
  phase: z.enum(['collector', 'probe', 'bundle']),
  id: z.string(),
  /** What a person calls it ("Secure SIP (TLS 5091) to sip.zoom.us"), when the id alone says little. */
  label: z.string().optional(),
  state: z.enum(['started', 'finished']),
  status: collectorStatusSchema.optional(),
  durationMs: z.number().nonnegative().optional(),
  message: z.string().optional(),
  /** Stopped because the person cancelled (not a failure: shown as "cancelled", never as a red "failed"). */
  cancelled: z.boolean().optional(),
});
export type CollectProgress = z.infer<typeof collectProgressSchema>;
