// An injectable environment pointing at a fixture home folder, for any OS layout.
import type { Environment, SupportedPlatform } from '../../src-main/platform/environment.js';

export function fixtureEnvironment(platform: SupportedPlatform, home: string, env: Record<string, string> = {}, now = new Date()): Environment {
  return { platform, home, env, hostname: 'fixture-host', username: 'fixture-user', now: () => now };
}
