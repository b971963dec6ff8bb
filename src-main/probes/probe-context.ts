/**
 * What one probe receives and how it turns into a result. Probes never throw: every outcome,
 * including an overall-deadline cancel, becomes a result with a verdict and a one-line reason.
 */
import { isPassingVerdict, type ProbeResult, type ProbeVerdict } from '../../src-shared/probe-results.js';
import { httpPort, type ProbeTarget } from '../../src-shared/probe-plan.js';
import type { Environment } from '../platform/environment.js';
import { timeoutSignal } from './timeout-signal.js';

export interface ProbeContext {
  /** Aborted at the overall probe deadline (or when the user cancels). */
  signal: AbortSignal;
  environment: Environment;
}

/** A probe implementation for one kind of target. */
export type Probe<T extends ProbeTarget> = (target: T, context: ProbeContext) => Promise<ProbeResult>;

/** The target's port as results report it (DNS has none). */
export function resultPort(target: ProbeTarget): number | null {
  if (target.kind === 'dns') return null;
  if (target.kind === 'http' || target.kind === 'status') return httpPort(target);
  return target.port;
}

/** Builds a result for a target; `passed` follows the verdict. */
export function probeResult(
  target: ProbeTarget,
  verdict: ProbeVerdict,
  reason: string,
  durationMs: number,
  details: Record<string, unknown> = {},
): ProbeResult {
  return {
    id: target.id,
    kind: target.kind,
    host: target.host,
    port: resultPort(target),
    ...(target.kind === 'udp-range' ? { portEnd: target.portEnd } : {}),
    verdict,
    passed: isPassingVerdict(verdict),
    required: target.required,
    unconfirmed: target.unconfirmed,
    durationMs: Math.round(durationMs),
    reason,
    details,
  };
}

/** The signal a probe works under: the overall deadline and its own timeoutMs, whichever comes first. */
export function probeSignal(target: ProbeTarget, context: ProbeContext): AbortSignal {
  return AbortSignal.any([context.signal, timeoutSignal(target.timeoutMs)]);
}
