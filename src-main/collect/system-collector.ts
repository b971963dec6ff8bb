/**
 * System facts support asks for: OS name, version and architecture, locale, time zone, uptime,
 * and this app's own version. Identifiers (serial numbers, host name) are deliberately not copied.
 */
import os from 'node:os';
import si from 'systeminformation';
import { APP_NAME, APP_VERSION, runtimeVersions } from '../app-info.js';
import type { Collector } from './collector.js';

export interface SystemInfo {
  os: { platform: string; distro: string; release: string; codename: string; kernel: string; arch: string; build: string };
  locale: string;
  timeZone: string;
  uptimeSeconds: number;
  app: { name: string; version: string; runtime: ReturnType<typeof runtimeVersions> };
}

/** Collects OS and app facts through systeminformation (osInfo is fast; no unfiltered versions()). */
export const systemCollector: Collector<SystemInfo> = {
  id: 'system',
  deadlineMs: 5000,
  section: { file: 'system.json', key: 'system' },
  async run() {
    const info = await si.osInfo();
    const resolved = Intl.DateTimeFormat().resolvedOptions();
    return {
      data: {
        os: {
          platform: info.platform,
          distro: info.distro,
          release: info.release,
          codename: info.codename,
          kernel: info.kernel,
          arch: info.arch,
          build: info.build,
        },
        locale: resolved.locale,
        timeZone: resolved.timeZone,
        uptimeSeconds: Math.round(os.uptime()),
        app: { name: APP_NAME, version: APP_VERSION, runtime: runtimeVersions() },
      },
    };
  },
};
