/**
 * What triage produces: findings {area, evidence, nextSteps, confidence}, the seed's Quick Fix
 * steps that fit, and the analysis.json document that carries both into the bundle.
 */
import { z } from 'zod';

export const CONFIDENCES = ['high', 'medium', 'low'] as const;

export const findingSchema = z.object({
  /** Stable rule id, e.g. "seed.one-user" or "measured.blocked-ports". */
  id: z.string(),
  /** One-line title for the list. */
  title: z.string(),
  /** The likely area, in the seed's words. */
  area: z.string(),
  /** What in the report or the collected data points here. */
  evidence: z.array(z.string()),
  nextSteps: z.array(z.string()),
  confidence: z.enum(CONFIDENCES),
});
export type Finding = z.infer<typeof findingSchema>;

/** A rule: a finding when its situation applies, otherwise null. */
export type TriageRule<I> = (input: I) => Finding | null;

export const ANALYSIS_SCHEMA_VERSION = 1 as const;

export const analysisSchema = z.object({
  schemaVersion: z.literal(ANALYSIS_SCHEMA_VERSION),
  /** Most confident first. */
  findings: z.array(findingSchema),
  /** The seed's Quick Fix steps that fit, in the order to try them. */
  quickFixes: z.array(z.string()),
});
export type Analysis = z.infer<typeof analysisSchema>;
