/**
 * The update feed an organisation may point the app at (policy `updateFeedUrl`): one small JSON
 * document naming the newest version and the page to get it from. The app only tells the user;
 * it never downloads or installs anything itself (installs stay with the user or the
 * organisation's software deployment).
 */
import { z } from 'zod';

export const updateFeedSchema = z.object({
  /** The newest version (semver, e.g. "1.4.0"). */
  version: z.string().trim().min(1).max(64),
  /** Where the user gets it: an https page or installer. */
  url: z.string().trim().max(2000),
  /** One or two sentences about what changed (shown as plain text). */
  notes: z.string().trim().max(500).optional(),
});
export type UpdateFeed = z.output<typeof updateFeedSchema>;

/** What a check found. */
export type UpdateCheck =
  | { kind: 'current'; version: string }
  | { kind: 'available'; version: string; url: string; notes?: string }
  | { kind: 'failed'; reason: string };
