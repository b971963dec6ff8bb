/**
 * What triage produces: findings {area, evidence, nextSteps, confidence}, the seed's Quick Fix
 * steps that fit, and the analysis.json document that carries both into the bundle.
 */
import { z } from 'zod';

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Every finding a rule can produce: measured facts, the seed's table, its repair map. */
export const FINDING_IDS = [
  'measured.offline',
  'measured.not-tested',
  'measured.dns-failure',
  'measured.blocked-ports',
  'measured.tls-interception',
  'measured.vpn-proxy',
  'measured.old-zoom-version',
  'measured.service-incident',
  'seed.one-user',
  'seed.one-network',
  'seed.web-portal',
  'seed.api-automation',
  'seed.outside-calls',
  'seed.desk-phone-only',
  'repair.dialing',
  'repair.edit-phone-user',
  'repair.api-request',
  'repair.desk-phone',
  'repair.many-networks',
  'logs.account-refused',
  'logs.network-change',
] as const;
export const findingIdSchema = z.enum(FINDING_IDS);
export type FindingId = z.infer<typeof findingIdSchema>;

export const findingSchema = z.object({
  /** Stable rule id, e.g. "seed.one-user" or "measured.blocked-ports". */
  id: findingIdSchema,
  /** One-line title for the list. */
  title: z.string(),
  /** The likely area, in the seed's words. */
  area: z.string(),
  /** What in the report or the collected data points here. */
  evidence: z.array(z.string()),
  nextSteps: z.array(z.string()),
  confidence: z.enum(CONFIDENCES),
  /**
   * Set when another finding points elsewhere and the seed's separation test ranks this one second:
   * why it is second. Absent for primary findings.
   */
  secondaryBecause: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

/** A rule: a finding when its situation applies, otherwise null. */
export type TriageRule<I> = (input: I) => Finding | null;

export const ANALYSIS_SCHEMA_VERSION = 1 as const;

export const analysisSchema = z.object({
  schemaVersion: z.literal(ANALYSIS_SCHEMA_VERSION),
  /** Primary findings first, most confident first; then the secondary ones. */
  findings: z.array(findingSchema),
  /** The seed's Quick Fix steps that fit, in the order to try them. */
  quickFixes: z.array(z.string()),
  /**
   * What the Zoom logs (evidence.json) added to the findings, or why they added nothing, in one
   * sentence; absent when triage ran without the logs (the live preview, older bundles).
   */
  logSummary: z.string().optional(),
});
export type Analysis = z.infer<typeof analysisSchema>;
