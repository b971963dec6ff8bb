// The collectors' systeminformation calls run on a worker thread (the package's execSync calls would
// stop the main thread), load only the modules they use, and answer as the package does in-thread.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { si, systemInformation, systemInformationWorkerRunning } from '../../../src-main/platform/system-information.js';

const require = createRequire(import.meta.url);

/** systeminformation's modules loaded on this (the main) thread so far. */
function loadedHere(): string[] {
  return Object.keys(require.cache).filter((file) => /[\\/]systeminformation[\\/]lib[\\/]/.test(file));
}

describe('si (systeminformation, module by module, on a worker thread)', () => {
  it('answers like the package in-thread, without loading it on the main thread', async () => {
    const [osInfo, system, cpu, interfaces, gateway, wifi] = await Promise.all([
      si.osInfo(),
      si.system(),
      si.cpu(),
      si.networkInterfaces(),
      si.networkGatewayDefault(),
      si.wifiConnections(),
    ]);
    expect(loadedHere()).toEqual([]);
    expect(osInfo.platform).toBe(process.platform === 'win32' ? 'Windows' : process.platform);
    expect(typeof system.model).toBe('string');
    expect(cpu.cores).toBeGreaterThan(0);
    const list = Array.isArray(interfaces) ? interfaces : [interfaces];
    expect(list.some((i) => i.iface === 'lo' || i.internal)).toBe(true);
    expect(typeof gateway).toBe('string');
    expect(Array.isArray(wifi)).toBe(true);

    const here = systemInformation({ inThread: true });
    const [osHere, systemHere, cpuHere, interfacesHere] = await Promise.all([here.osInfo(), here.system(), here.cpu(), here.networkInterfaces()]);
    expect(osInfo).toEqual(osHere);
    expect(system).toEqual(systemHere);
    expect({ ...cpu, speed: 0 }).toEqual({ ...cpuHere, speed: 0 });
    expect(list.map((i) => i.iface).sort()).toEqual((Array.isArray(interfacesHere) ? interfacesHere : [interfacesHere]).map((i) => i.iface).sort());
    // In-thread loads only the modules used, never the package's index.
    const loaded = loadedHere();
    expect(loaded.some((file) => file.endsWith('osinfo.js'))).toBe(true);
    expect(loaded.some((file) => /[\\/](index|bluetooth|docker|printer)\.js$/.test(file))).toBe(false);
  });

  it('ends its worker when idle (its memory is not held through the log work) and starts another for a later call', async () => {
    const first = await si.osInfo();
    expect(systemInformationWorkerRunning()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(systemInformationWorkerRunning()).toBe(false);
    // Sequential calls keep one worker (no restart between them), and a call after the idle end answers the same.
    expect(await si.osInfo()).toEqual(first);
    const cpu = await si.cpu();
    expect(cpu.cores).toBeGreaterThan(0);
    expect(systemInformationWorkerRunning()).toBe(true);
  });
});
