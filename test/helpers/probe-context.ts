// A probe context on a fixture environment, with an overall signal the test controls.
import type { ProbeContext } from '../../src-main/probes/probe-context.js';
import { fixtureEnvironment } from './fixture-environment.js';

export function probeContext(env: Record<string, string> = {}, signal: AbortSignal = new AbortController().signal): ProbeContext {
  return { signal, environment: fixtureEnvironment('linux', '/nonexistent-home', env) };
}
