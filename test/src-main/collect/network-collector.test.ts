import dns from 'node:dns';
import os from 'node:os';
import si from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { createNetworkCollector, networkCollector, wifiBand } from '../../../src-main/collect/network-collector.js';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner } from '../../helpers/fixture-runner.js';
import { networkFixture } from '../../helpers/network-fixture.js';

// Recorded machines: the OS tools (ip, ipconfig) answer "not found", not this machine's own interfaces.
const context = collectContext({ ...fixtureEnvironment('linux', os.homedir()), runCommand: fixtureRunner({}) });

describe('networkCollector on recorded machines', () => {
  it('Windows on Wi-Fi behind GlobalProtect: the tunnel is default, the link is Wi-Fi', async () => {
    const result = await runCollector(createNetworkCollector(networkFixture('win32-wifi-globalprotect')), context);
    expect(result.status).toBe('ok');
    expect(result.data).toMatchObject({
      connectionType: 'wifi',
      connectionEvidence: ['default interface Ethernet 3 (a tunnel: Palo Alto GlobalProtect)', 'Wi-Fi is up (wireless)'],
      defaultGateway: '10.212.134.201',
      dnsServers: ['10.20.0.53', '10.20.0.54'],
      wifi: [{ iface: 'Wi-Fi', band: '5 GHz', channel: 36, security: 'WPA2-Enterprise', signalDbm: -61, quality: 78, txRateMbps: 866.7, standard: '802.11ax' }],
    });
    expect(result.data?.interfaces.map((i) => [i.name, i.description, i.up, i.default, i.ipv4, i.ipv6])).toEqual([
      ['Wi-Fi', 'Intel(R) Wi-Fi 6 AX201 160MHz', true, false, true, false],
      ['Ethernet 3', 'PANGP Virtual Ethernet Adapter Secure', true, true, true, false],
      ['Ethernet', 'Intel(R) Ethernet Connection (13) I219-LM', false, false, false, false],
      ['vEthernet (WSL)', 'Hyper-V Virtual Ethernet Adapter', true, false, true, false],
    ]);
  });

  it("Windows in Russian: Wi-Fi named \"Беспроводная сеть\" is wireless by ipconfig's heading, whatever the driver calls itself", async () => {
    const environment = {
      ...fixtureEnvironment('win32', 'C:\\Users\\olga'),
      runCommand: fixtureRunner({
        'cmd /d /c chcp': { stdoutFile: 'win32/chcp-ru.cp866.txt' },
        'ipconfig /all': { stdoutFile: 'win32/ipconfig-all-ru-ikev2.cp866.txt' },
      }),
    };
    const result = await runCollector(createNetworkCollector(networkFixture('win32-ru-wifi-ikev2')), collectContext(environment));
    expect(result.data).toMatchObject({ connectionType: 'wifi', connectionEvidence: ['default interface Беспроводная сеть (wireless)'] });
    // Without ipconfig's answer the localized adapter name alone still says Wi-Fi.
    const byName = await runCollector(createNetworkCollector(networkFixture('win32-ru-wifi-ikev2')), context);
    expect(byName.data?.connectionType).toBe('wifi');
  });

  it('macOS on 6 GHz Wi-Fi with idle utun interfaces', async () => {
    const result = await runCollector(createNetworkCollector(networkFixture('darwin-wifi-idle-utun')), context);
    expect(result.data).toMatchObject({ connectionType: 'wifi', connectionEvidence: ['default interface en0 (wireless)'] });
    expect(result.data?.wifi[0]).toMatchObject({ band: '6 GHz', security: 'WPA3 Personal' });
    expect(result.data?.interfaces.find((i) => i.name === 'en0')).toMatchObject({ ipv4: true, ipv6: true, speedMbps: 1200 });
  });

  it('Linux on a wired LAN, with Wi-Fi down', async () => {
    const result = await runCollector(createNetworkCollector(networkFixture('linux-wired-wireguard')), context);
    expect(result.data).toMatchObject({ connectionType: 'wired', connectionEvidence: ['default interface enp0s31f6 (wired)'], wifi: [] });
    expect(JSON.stringify(result.data)).not.toMatch(/192\.168\.10\.57|ssid|mac/i);
  });

  it('says unknown, and why, when nothing tells', async () => {
    const source = { ...networkFixture('linux-wired-wireguard'), interfaces: async () => [] };
    const result = await runCollector(createNetworkCollector(source), context);
    expect(result.data).toMatchObject({ connectionType: 'unknown', connectionEvidence: ['no default interface reported'] });
  });

  it('keeps what it could read when one call fails', async () => {
    const source = { ...networkFixture('darwin-wifi-idle-utun'), wifi: async () => { throw new Error('airport: command not found'); } };
    const result = await runCollector(createNetworkCollector(source), context);
    expect(result).toMatchObject({ status: 'partial', message: expect.stringContaining('could not read Wi-Fi: airport: command not found') });
    expect(result.data?.connectionType).toBe('wifi');
  });

  it('maps frequencies to bands', () => {
    expect([2412, 5180, 5885, 5955, 0].map(wifiBand)).toEqual(['2.4 GHz', '5 GHz', '5 GHz', '6 GHz', 'unknown']);
  });
});

describe('networkCollector on this machine', () => {
  it('fills interfaces, gateway and DNS with real values', async () => {
    const result = await runCollector(networkCollector, context);
    expect(result.status).toBe('ok');
    const data = result.data!;
    const real = await si.networkInterfaces();
    const defaultIface = (Array.isArray(real) ? real : [real]).find((i) => i.default);
    expect(data.dnsServers).toEqual(dns.getServers());
    expect(data.defaultGateway).toBe((await si.networkGatewayDefault()) || null);
    const external = Object.entries(os.networkInterfaces()).filter(([, list]) => list?.some((a) => !a.internal)).map(([name]) => name);
    expect(data.interfaces.map((i) => i.name).sort()).toEqual(expect.arrayContaining(external.sort()));
    if (defaultIface) expect(data.interfaces.find((i) => i.default)?.name).toBe(defaultIface.iface);
    expect(['wired', 'wifi', 'unknown']).toContain(data.connectionType);
    expect(data.connectionEvidence.length).toBeGreaterThan(0);
  });
});
