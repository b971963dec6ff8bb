// The collectors produce exactly the shapes the section schemas describe: every section of
// system.json and network.json a real run writes parses, and parsing keeps every field (no field
// a collector writes is unknown to the schema that triage and inspect read it through).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNetworkCollector } from '../../src-main/collect/network-collector.js';
import { probesCollector } from '../../src-main/collect/probes-collector.js';
import { runCollector } from '../../src-main/collect/run-collectors.js';
import { createVpnProxyCollector } from '../../src-main/collect/vpn-proxy-collector.js';
import { collectForBundle } from '../../src-main/services/create-bundle.js';
import { networkDataSchema, readNetworkJson, vpnProxySchema } from '../../src-shared/network-json.js';
import { probeReportSchema } from '../../src-shared/probe-results.js';
import { readSystemJson } from '../../src-shared/system-json.js';
import { collectContext, fixtureEnvironment } from '../helpers/fixture-environment.js';
import { closedPort, LOOPBACK, silentTcpServer } from '../helpers/loopback-servers.js';
import { networkFixture } from '../helpers/network-fixture.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir('zpb-sections-');
const jsonOf = (entries: { kind: string; path?: string; value?: unknown }[], file: string) => entries.find((e) => e.kind === 'json' && e.path === file)?.value;

describe('collected sections', () => {
  it('a real run on this machine writes system.json and network.json sections that read back whole', async () => {
    const collected = await collectForBundle({ report: { occurredAt: new Date().toISOString(), timeZone: 'UTC' }, environment: fixtureEnvironment('linux', dir), settings: { probes: false } });
    const system = jsonOf(collected.entries, 'system.json') as Record<string, unknown>;
    const network = jsonOf(collected.entries, 'network.json') as Record<string, unknown>;
    expect(Object.keys(system).sort()).toEqual(['system', 'zoomLogs', 'zoomVersion']);
    expect(readSystemJson(system)).toEqual(system);
    expect(Object.keys(network).sort()).toEqual(['network', 'vpnProxy']);
    expect(readNetworkJson(network)).toEqual(network);
  });

  for (const machine of ['darwin-wifi-idle-utun', 'darwin-wifi-tailscale', 'linux-wired-wireguard', 'win32-wifi-globalprotect']) {
    it(`recorded machine ${machine}: network and vpnProxy sections read back whole`, async () => {
      const context = collectContext(fixtureEnvironment('linux', dir));
      const network = await runCollector(createNetworkCollector(networkFixture(machine)), context);
      const vpnProxy = await runCollector(createVpnProxyCollector(networkFixture(machine)), context);
      expect(networkDataSchema.parse(network.data)).toEqual(network.data);
      expect(vpnProxySchema.parse(vpnProxy.data)).toEqual(vpnProxy.data);
    });
  }

  it('probes on 127.0.0.1 write a probes section that reads back whole', async () => {
    const listener = await silentTcpServer();
    const plan = path.join(dir, 'plan.json');
    writeFileSync(plan, JSON.stringify({ version: 1, targets: [
      { id: 'open', kind: 'tcp', host: LOOPBACK, port: listener.port },
      { id: 'closed', kind: 'tcp', host: LOOPBACK, port: await closedPort() },
      { id: 'media', kind: 'udp-range', host: LOOPBACK, port: 20000, portEnd: 20010 },
    ] }));
    const settings = { probePlanPath: plan, probeDeadlineMs: 2000 };
    try {
      const result = await runCollector(probesCollector(settings), collectContext(fixtureEnvironment('linux', dir), { settings }));
      expect(probeReportSchema.parse(result.data)).toEqual(result.data);
      expect(readNetworkJson({ probes: result.data }).probes?.results).toHaveLength(3);
    } finally {
      await listener.close();
    }
  });
});
