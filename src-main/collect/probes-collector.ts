/**
 * The network probes collector: runs the probe plan (the shipped default or --probe-plan) under
 * the overall probe deadline and writes network.json `probes`: a one-line summary plus every result.
 */
import type { ProbeReport } from '../../src-shared/probe-results.js';
import { loadProbePlan } from '../probes/load-probe-plan.js';
import { runProbes } from '../probes/probe-runner.js';
import type { CollectSettings } from './collect-settings.js';
import type { Collector } from './collector.js';

/** Slack over the probe deadline for loading the plan and building results, before the runner gives up on us. */
const COLLECTOR_MARGIN_MS = 2000;

/** A probes collector for these settings (its deadline follows settings.probeDeadlineMs). */
export function probesCollector(settings: Pick<CollectSettings, 'probeDeadlineMs'>): Collector<ProbeReport> {
  return {
    id: 'probes',
    deadlineMs: settings.probeDeadlineMs + COLLECTOR_MARGIN_MS,
    section: { file: 'network.json', key: 'probes' },
    async run(context) {
      const { plan, source } = await loadProbePlan(context.settings.probePlanPath);
      const report = await runProbes(plan, {
        environment: context.environment,
        deadlineMs: context.settings.probeDeadlineMs,
        planSource: source,
        signal: context.signal,
        onProgress: context.onProgress,
      });
      return { message: report.summary, data: report };
    },
  };
}

/**
 * Stands in for the probes when the user turned them off, so the manifest says so (status
 * skipped) instead of silently having no probes entry.
 */
export const probesTurnedOff: Collector = {
  id: 'probes',
  deadlineMs: 1000,
  async run() {
    return { status: 'skipped', message: 'network probes turned off for this bundle' };
  },
};
