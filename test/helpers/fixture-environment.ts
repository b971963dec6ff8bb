// An injectable environment pointing at a fixture home folder, for any OS layout, and a collector
// context built on it.
import { DEFAULT_COLLECT_SETTINGS, type CollectSettings } from '../../src-main/collect/collect-settings.js';
import type { CollectContext } from '../../src-main/collect/collector.js';
import type { Environment } from '../../src-main/platform/environment.js';
import type { SupportedPlatform } from '../../src-main/platform/supported-platform.js';
import { incidentReportSchema, type IncidentReportInput } from '../../src-shared/incident-report.js';

export function fixtureEnvironment(platform: SupportedPlatform, home: string, env: Record<string, string> = {}, now = new Date()): Environment {
  return { platform, home, env, hostname: 'fixture-host', username: 'fixture-user', now: () => now };
}

/** A collector context (without signal) with default settings and a minimal report. */
export function collectContext(
  environment: Environment,
  overrides: { settings?: Partial<CollectSettings>; report?: Partial<IncidentReportInput> } = {},
): Omit<CollectContext, 'signal'> {
  return {
    environment,
    report: incidentReportSchema.parse({ occurredAt: environment.now().toISOString(), timeZone: 'UTC', ...overrides.report }),
    settings: { ...DEFAULT_COLLECT_SETTINGS, ...overrides.settings },
  };
}
