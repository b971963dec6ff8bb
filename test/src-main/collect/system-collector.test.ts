import os from 'node:os';
import si from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { systemCollector } from '../../../src-main/collect/system-collector.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';

// What the collector reads, not how fast: its 5 s production deadline is for a person waiting, and a
// loaded test machine can take longer to start systeminformation's commands. The test sets its own,
// short of the test's timeout, so a hang still shows as a failed result with its reason.
const underTest = { ...systemCollector, deadlineMs: 25_000 };

describe('systemCollector on this machine', () => {
  it('fills OS, hardware model, CPU, memory, locale and time zone with real values', async () => {
    const result = await runCollector(underTest, collectContext(fixtureEnvironment('linux', os.homedir())));
    expect(result.status).toBe('ok');
    const data = result.data!;
    const system = await si.system();
    expect(data.os).toMatchObject({ platform: 'linux', arch: os.arch(), kernel: os.release() });
    expect(data.os.distro.length).toBeGreaterThan(0);
    expect(data.hardware).toEqual({ manufacturer: system.manufacturer, model: system.model, virtual: system.virtual, virtualHost: system.virtualHost ?? '' });
    expect(data.cpu?.cores).toBe(os.cpus().length);
    expect(data.memoryBytes).toBe(os.totalmem());
    expect(data.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(data.app).toMatchObject({ name: 'Zoom Phone Support Bundle', runtime: { node: process.versions.node } });
    expect(data.app.runtime).not.toHaveProperty('electron');
  });

  it('never copies serial numbers, UUIDs or the host name', async () => {
    const result = await runCollector(underTest, collectContext(fixtureEnvironment('linux', os.homedir())));
    const text = JSON.stringify(result.data);
    const [osInfo, system, uuid] = await Promise.all([si.osInfo(), si.system(), si.uuid()]);
    const identifiers = [osInfo.serial, system.serial, system.uuid, uuid.os, uuid.hardware, os.hostname()].filter((v) => v && v.length > 3 && v !== 'Default string');
    expect(identifiers.length).toBeGreaterThan(0);
    for (const id of identifiers) expect(text).not.toContain(id);
    expect(text).not.toMatch(/serial|uuid|sku/i);
  });
});
