/**
 * What `zpb inspect` and the admin review screen report about one bundle: whether it verifies
 * against its manifest, what is wrong if not, and a summary of what happened.
 */
import { z } from 'zod';
import { bundleManifestSchema } from './bundle-manifest.js';
import { probeResultSchema } from './probe-results.js';
import { logEvidenceSchema } from './log-evidence.js';
import { analysisSchema } from './triage/finding.js';

export const INSPECT_PROBLEM_KINDS = [
  'not-a-zip',
  'no-manifest',
  'bad-manifest',
  'checksum',
  'size',
  'missing',
  'extra',
  'unreadable',
  // An entry that would expand past the size or ratio limits (a zip bomb): verification stopped there.
  'suspicious',
] as const;

export const inspectProblemSchema = z.object({
  kind: z.enum(INSPECT_PROBLEM_KINDS),
  /** The entry concerned, when there is one. */
  path: z.string().optional(),
  /** One plain sentence. */
  message: z.string(),
});
export type InspectProblem = z.infer<typeof inspectProblemSchema>;

/** The at-a-glance facts of a bundle; every field is optional because older or partial bundles lack some. */
export const bundleSummarySchema = z.object({
  ticket: z.string().optional(),
  errorText: z.string().optional(),
  errorCode: z.string().optional(),
  occurredAt: z.string().optional(),
  timeZone: z.string().optional(),
  action: z.string().optional(),
  scope: z.string().optional(),
  network: z.string().optional(),
  zoomVersion: z.string().optional(),
  os: z.string().optional(),
  connectionType: z.string().optional(),
  vpn: z.string().optional(),
  proxy: z.string().optional(),
  failedProbes: z.array(z.string()).default([]),
  findings: z.array(z.string()).default([]),
  redactionTotal: z.number().int().nonnegative().optional(),
  redactionByCategory: z.record(z.string(), z.number()).default({}),
});
export type BundleSummary = z.infer<typeof bundleSummarySchema>;

export const inspectResultSchema = z.object({
  file: z.string(),
  /** True when the manifest is valid and every entry matches it exactly. */
  verified: z.boolean(),
  problems: z.array(inspectProblemSchema),
  manifest: bundleManifestSchema.optional(),
  summary: bundleSummarySchema.optional(),
  /** The bundle's analysis.json, when present and valid (the review screen shows it in full). */
  analysis: analysisSchema.optional(),
  /** network.json's probe results, for the review screen's probe table. */
  probes: z.array(probeResultSchema).default([]),
  /** The bundle's evidence.json (what the logs say around the reported time), when present and valid. */
  evidence: logEvidenceSchema.optional(),
});
export type InspectResult = z.infer<typeof inspectResultSchema>;
