/**
 * Network probe results as written to network.json under `probes`. Triage reads
 * `results[] {id, kind, host, port, verdict}` and `summary`: keep those names.
 */
import { z } from 'zod';

/** Every verdict a probe can give. The first group passes; the rest are findings. */
export const PASSING_VERDICTS = ['ok', 'open', 'answered'] as const;
export const PROBE_VERDICTS = [
  ...PASSING_VERDICTS,
  'refused',
  'timeout',
  'unreachable',
  'no-answer',
  'not-found',
  'intercepted',
  'protocol-too-old',
  'cert-expired',
  'unexpected-status',
  'degraded',
  'not-testable',
  'error',
] as const;
export const probeVerdictSchema = z.enum(PROBE_VERDICTS);
export type ProbeVerdict = z.infer<typeof probeVerdictSchema>;

/** True for verdicts that mean "this works". */
export function isPassingVerdict(verdict: ProbeVerdict): boolean {
  return (PASSING_VERDICTS as readonly string[]).includes(verdict);
}

export const probeResultSchema = z.object({
  id: z.string(),
  kind: z.enum(['dns', 'tcp', 'tls', 'stun', 'http', 'status', 'udp-range']),
  host: z.string(),
  /** Null for DNS. */
  port: z.number().int().nullable(),
  /** Last port of a range (udp-range only). */
  portEnd: z.number().int().optional(),
  verdict: probeVerdictSchema,
  passed: z.boolean(),
  required: z.boolean(),
  unconfirmed: z.boolean(),
  durationMs: z.number().nonnegative(),
  /** One line: why this verdict (always set for findings). */
  reason: z.string(),
  /** Kind-specific facts: addresses, protocol, cipher, chain, status code, mapped address... */
  details: z.record(z.string(), z.unknown()),
});
export type ProbeResult = z.infer<typeof probeResultSchema>;

export const probeReportSchema = z.object({
  /** "default" (the shipped plan) or "file" (--probe-plan). */
  plan: z.object({ source: z.enum(['default', 'file']), name: z.string().optional() }),
  deadlineMs: z.number().int().positive(),
  durationMs: z.number().nonnegative(),
  /** One line a help-desk agent can read. */
  summary: z.string(),
  results: z.array(probeResultSchema),
});
export type ProbeReport = z.infer<typeof probeReportSchema>;
