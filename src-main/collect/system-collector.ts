/**
 * System facts support asks for: OS name, version, build and architecture, hardware model, CPU and
 * memory size, locale, IANA time zone, uptime, and this app's version (with Electron/Chrome/Node
 * versions inside Electron). Identifiers are deliberately not copied: systeminformation returns
 * serial numbers, UUIDs and the host name alongside, and only the fields named here are kept.
 */
import os from 'node:os';
import { si } from '../platform/system-information.js';
import { APP_NAME, APP_VERSION, runtimeVersions } from '../app-info.js';
import type { SystemInfo } from '../../src-shared/system-json.js';
import type { Collector } from './collector.js';

function value<T>(settled: PromiseSettledResult<T>): T | null {
  return settled.status === 'fulfilled' ? settled.value : null;
}

/** Collects OS, hardware and app facts through systeminformation's fast calls (no unfiltered versions()). */
export const systemCollector: Collector<SystemInfo> = {
  id: 'system',
  deadlineMs: 5000,
  section: { file: 'system.json', key: 'system' },
  async run() {
    const [osInfo, system, cpu] = await Promise.allSettled([si.osInfo(), si.system(), si.cpu()]);
    const info = value(osInfo);
    const hw = value(system);
    const processor = value(cpu);
    const resolved = Intl.DateTimeFormat().resolvedOptions();
    const missing = [!info && 'OS details', !hw && 'hardware model', !processor && 'CPU'].filter(Boolean);
    return {
      status: missing.length ? 'partial' : 'ok',
      message: missing.length ? `could not read: ${missing.join(', ')}` : `${info!.distro} ${info!.release} ${info!.arch}`.trim(),
      data: {
        os: {
          platform: info?.platform ?? process.platform,
          distro: info?.distro ?? '',
          release: info?.release ?? os.release(),
          codename: info?.codename ?? '',
          kernel: info?.kernel ?? os.release(),
          arch: info?.arch ?? os.arch(),
          // Windows and macOS report a build; on Linux the kernel release is the closest thing.
          build: info?.build || info?.kernel || '',
          uefi: info?.uefi ?? null,
        },
        hardware: hw ? { manufacturer: hw.manufacturer, model: hw.model, virtual: hw.virtual, virtualHost: hw.virtualHost ?? '' } : null,
        cpu: processor ? { brand: processor.brand, manufacturer: processor.manufacturer, cores: processor.cores } : null,
        memoryBytes: os.totalmem(),
        locale: resolved.locale,
        timeZone: resolved.timeZone,
        uptimeSeconds: Math.round(os.uptime()),
        app: { name: APP_NAME, version: APP_VERSION, runtime: runtimeVersions() },
      },
    };
  },
};
