/**
 * The bundle manifest: the contract admins' tools and the review screen read.
 * Layout and fields as in docs/design.md ("Bundle layout").
 */
import { z } from 'zod';
import { collectorSummarySchema, skippedItemSchema } from './collector-result.js';

/** Bumped on any change that an older reader could misread. */
export const MANIFEST_SCHEMA_VERSION = 1 as const;

export const REDACTION_PROFILES = ['standard', 'strict', 'minimal', 'none'] as const;
export const redactionProfileSchema = z.enum(REDACTION_PROFILES);
export type RedactionProfile = z.infer<typeof redactionProfileSchema>;

export const manifestFileSchema = z.object({
  /** Path inside the zip, forward slashes, never absolute, never "..". */
  path: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('/') && !p.split('/').includes('..') && !p.includes('\\'), {
      message: 'must be a relative path inside the bundle',
    }),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where the content came from: a collector id, or "report" for what the user typed. */
  source: z.string().min(1),
  /** True when only the newest part of a larger file was kept. */
  truncated: z.boolean().default(false),
  /** How the content was treated: redacted text, opaque binary copied as is, or generated JSON. */
  kind: z.enum(['text', 'binary', 'json']).default('text'),
  /** Number of values replaced by the redactor in this file. */
  redactions: z.number().int().nonnegative().default(0),
  /** A log decoded to UTF-8 text before redaction: it was UTF-16 or gzip-compressed on disk. */
  decodedFrom: z.enum(['utf-16le', 'utf-16be', 'gzip']).optional(),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

/** A pseudonymous id: 16 hex digits of a keyed hash (see README, "Reporter ids"). */
const reporterIdSchema = z.string().regex(/^[0-9a-f]{16}$/);

/**
 * Who reported, without saying who: keyed hashes of the account and of the machine. `keySource`
 * says how far ids compare: 'organisation' across every machine keyed by the policy's key,
 * 'machine' across this machine's bundles only. Absent in bundles made before reporter ids.
 */
export const bundleReporterSchema = z.object({
  id: reporterIdSchema.optional(),
  deviceId: reporterIdSchema.optional(),
  keySource: z.enum(['organisation', 'machine']),
});
export type BundleReporter = z.infer<typeof bundleReporterSchema>;

export const bundleManifestSchema = z.object({
  schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
  createdAt: z.iso.datetime({ offset: true }),
  app: z.object({ name: z.string(), version: z.string() }),
  /** Help-desk request fields (ticket number and so on), when the bundle was asked for by link. */
  request: z.record(z.string(), z.string()).optional(),
  /** Pseudonymous reporter and device ids; optional so bundles from before them still read. */
  reporter: bundleReporterSchema.optional(),
  collectors: z.array(collectorSummarySchema),
  files: z.array(manifestFileSchema),
  skipped: z.array(skippedItemSchema),
  redaction: z.object({
    profile: redactionProfileSchema,
    total: z.number().int().nonnegative(),
    byCategory: z.record(z.string(), z.number().int().nonnegative()),
  }),
});
export type BundleManifest = z.infer<typeof bundleManifestSchema>;

/** Fixed entry names of the bundle layout. */
export const BUNDLE_ENTRIES = {
  manifest: 'manifest.json',
  report: 'report.json',
  analysis: 'analysis.json',
  system: 'system.json',
  network: 'network.json',
  readme: 'README.txt',
  /** What the readable Zoom logs say around the reported time (src-shared/log-evidence.ts), and the same in words. */
  evidence: 'evidence.json',
  evidenceText: 'evidence.txt',
  zoomLogs: 'logs/zoom/',
  appLogs: 'logs/app/',
} as const;
