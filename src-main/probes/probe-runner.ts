/**
 * Runs every probe of a plan concurrently under one overall deadline. A probe still running at the
 * deadline is cancelled (its sockets closed through the shared signal) and reported as `timeout`;
 * the runner never waits for it and never throws.
 */
import type { CollectProgress } from '../../src-shared/collector-result.js';
import type { ProbePlan, ProbeTarget } from '../../src-shared/probe-plan.js';
import type { ProbeReport, ProbeResult } from '../../src-shared/probe-results.js';
import { probeName } from '../../src-shared/probe-names.js';
import { summarizeProbes } from '../../src-shared/probe-summary.js';
import type { Environment } from '../platform/environment.js';
import { dnsProbe } from './dns-probe.js';
import { httpProbe } from './http-probe.js';
import { probeResult, resultPort, type ProbeContext } from './probe-context.js';
import { serviceStatusProbe } from './service-status.js';
import { stunProbe } from './stun-probe.js';
import { tcpProbe } from './tcp-probe.js';
import { tlsProbe } from './tls-probe.js';

export interface RunProbesOptions {
  environment: Environment;
  deadlineMs: number;
  /** "default" for the shipped plan, "file" for --probe-plan. */
  planSource: 'default' | 'file';
  /** Cancels everything (the user, or the collector's own deadline). */
  signal?: AbortSignal;
  /** A started and a finished event per probe (phase "probe"). */
  onProgress?: (event: CollectProgress) => void;
}

/** Runs one target with the probe for its kind; a udp-range is reported, never opened. */
function dispatch(target: ProbeTarget, context: ProbeContext): Promise<ProbeResult> {
  switch (target.kind) {
    case 'dns':
      return dnsProbe(target, context);
    case 'tcp':
      return tcpProbe(target, context);
    case 'tls':
      return tlsProbe(target, context);
    case 'stun':
      return stunProbe(target, context);
    case 'http':
      return httpProbe(target, context);
    case 'status':
      return serviceStatusProbe(target, context);
    case 'udp-range':
      return Promise.resolve(probeResult(target, 'not-testable', target.reason, 0));
  }
}

function progressStatus(result: ProbeResult): 'ok' | 'failed' | 'skipped' {
  if (result.verdict === 'not-testable') return 'skipped';
  return result.passed ? 'ok' : 'failed';
}

/** Runs the plan; resolves by the deadline (plus the time to build results) with one result per target. */
export async function runProbes(plan: ProbePlan, options: RunProbesOptions): Promise<ProbeReport> {
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error('probe deadline')), options.deadlineMs);
  const signal = options.signal ? AbortSignal.any([deadline.signal, options.signal]) : deadline.signal;
  const cancelled = new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
  const context: ProbeContext = { signal, environment: options.environment };

  const runOne = async (target: ProbeTarget): Promise<ProbeResult> => {
    const probeStarted = performance.now();
    const label = probeName({ kind: target.kind, host: target.host, port: resultPort(target), portEnd: target.kind === 'udp-range' ? target.portEnd : undefined });
    options.onProgress?.({ phase: 'probe', id: target.id, label, state: 'started' });
    let stoppedByPerson = false;
    const timedOut = cancelled.then(() => {
      // The deadline is a finding ("no answer in time"); a person's Cancel is not.
      stoppedByPerson = !deadline.signal.aborted;
      const why = deadline.signal.aborted ? `cancelled at the ${options.deadlineMs} ms probe deadline` : 'cancelled';
      return probeResult(target, 'timeout', why, performance.now() - probeStarted);
    });
    let result: ProbeResult;
    try {
      result = await Promise.race([dispatch(target, context), timedOut]);
    } catch (error) {
      // Probes should not throw; if one does, it is a finding, not a lost bundle.
      result = probeResult(target, 'error', error instanceof Error ? error.message.split('\n')[0]! : String(error), performance.now() - probeStarted);
    }
    options.onProgress?.({
      phase: 'probe',
      id: target.id,
      label,
      state: 'finished',
      status: stoppedByPerson ? 'skipped' : progressStatus(result),
      ...(stoppedByPerson ? { cancelled: true } : {}),
      durationMs: result.durationMs,
      message: `${result.verdict}: ${result.reason}`,
    });
    return result;
  };

  try {
    const results = await Promise.all(plan.targets.map(runOne));
    return {
      plan: { source: options.planSource, ...(plan.name ? { name: plan.name } : {}) },
      deadlineMs: options.deadlineMs,
      durationMs: Math.round(performance.now() - started),
      summary: summarizeProbes(results),
      results,
    };
  } finally {
    clearTimeout(timer);
    // Whatever is still open (a probe that ignored its signal) is told to stop now.
    if (!deadline.signal.aborted) deadline.abort(new Error('probes finished'));
  }
}
