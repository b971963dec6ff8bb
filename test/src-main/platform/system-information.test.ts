// The collectors' systeminformation calls load only the modules they use, and answer as the package does.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { si } from '../../../src-main/platform/system-information.js';

const require = createRequire(import.meta.url);

describe('si (systeminformation, module by module)', () => {
  it('answers like the package and never loads its index or unrelated modules', async () => {
    const [osInfo, system, cpu, interfaces, gateway, wifi] = await Promise.all([
      si.osInfo(),
      si.system(),
      si.cpu(),
      si.networkInterfaces(),
      si.networkGatewayDefault(),
      si.wifiConnections(),
    ]);
    const loaded = Object.keys(require.cache).filter((file) => /[\\/]systeminformation[\\/]lib[\\/]/.test(file));
    expect(loaded.some((file) => /[\\/](index|bluetooth|docker|printer)\.js$/.test(file))).toBe(false);
    expect(loaded.some((file) => file.endsWith('osinfo.js'))).toBe(true);
    expect(osInfo.platform).toBe(process.platform === 'win32' ? 'Windows' : process.platform);
    expect(typeof system.model).toBe('string');
    expect(cpu.cores).toBeGreaterThan(0);
    expect((Array.isArray(interfaces) ? interfaces : [interfaces]).some((i) => i.iface === 'lo' || i.internal)).toBe(true);
    expect(typeof gateway).toBe('string');
    expect(Array.isArray(wifi)).toBe(true);
  });
});
