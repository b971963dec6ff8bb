import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { createVpnProxyCollector, vpnProxyCollector } from '../../../src-main/collect/vpn-proxy-collector.js';
import { currentEnvironment } from '../../../src-main/platform/environment.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner } from '../../helpers/fixture-runner.js';
import { networkFixture } from '../../helpers/network-fixture.js';

describe('vpnProxyCollector', () => {
  it('a Windows laptop behind GlobalProtect and a corporate proxy, asking Electron for the effective answer', async () => {
    const asked: string[] = [];
    const environment = {
      ...fixtureEnvironment('win32', 'C:\\Users\\pat'),
      runCommand: fixtureRunner({
        'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings': { stdoutFile: 'win32/reg-query-internet-settings-proxy.txt' },
        'netsh winhttp show proxy': { stdoutFile: 'win32/netsh-winhttp-direct.txt' },
      }),
      resolveProxy: async (url: string) => {
        asked.push(url);
        return 'PROXY proxy.corp.example:8080';
      },
    };
    const result = await runCollector(createVpnProxyCollector(networkFixture('win32-wifi-globalprotect')), collectContext(environment));
    expect(result).toMatchObject({ status: 'ok', message: 'VPN detected, proxy proxy' });
    expect(result.data?.vpn).toMatchObject({ verdict: 'detected', fullTunnel: true });
    expect(result.data?.proxy.verdict).toBe('proxy');
    expect(result.data?.proxy.evidence).toContain('Electron resolveProxy(https://zoom.us/) = PROXY proxy.corp.example:8080');
    expect(asked).toEqual(['https://zoom.us/', 'https://us01sip.zoom.us/', 'https://provpp.zoom.us/']);
    expect(result.section).toEqual({ file: 'network.json', key: 'vpnProxy' });
  });

  it('is partial, naming the source, when an OS source cannot be read', async () => {
    const environment = { ...fixtureEnvironment('darwin', '/Users/pat'), runCommand: fixtureRunner({}) };
    const result = await runCollector(createVpnProxyCollector(networkFixture('darwin-wifi-idle-utun')), collectContext(environment));
    expect(result).toMatchObject({ status: 'partial', message: 'VPN none, proxy unknown; could not read scutil --proxy (not found)' });
  });

  it('says "unknown", not "none", when the interfaces cannot be listed', async () => {
    const broken = { ...networkFixture('linux-wired-wireguard'), interfaces: async () => Promise.reject(new Error('ip: permission denied')) };
    const environment = { ...fixtureEnvironment('linux', '/home/pat'), runCommand: fixtureRunner({}) };
    const result = await runCollector(createVpnProxyCollector(broken), collectContext(environment));
    expect(result.data?.vpn).toEqual({ verdict: 'unknown', fullTunnel: false, adapters: [], evidence: ['the network interfaces could not be listed'] });
    expect(result.status).toBe('partial');
  });

  it('runs on this machine with real interfaces, real commands and the real environment', async () => {
    const result = await runCollector(vpnProxyCollector, collectContext({ ...currentEnvironment(), home: os.homedir() }));
    expect(['ok', 'partial']).toContain(result.status);
    expect(['detected', 'possible', 'none', 'unknown']).toContain(result.data?.vpn.verdict);
    expect(['proxy', 'auto-config', 'none', 'unknown']).toContain(result.data?.proxy.verdict);
    expect(result.data?.proxy.evidence.length).toBeGreaterThan(0);
    const envProxy = process.env.https_proxy || process.env.HTTPS_PROXY || process.env.http_proxy || process.env.HTTP_PROXY;
    if (!envProxy) expect(result.data?.proxy.settings.filter((s) => s.source.startsWith('environment') && s.kind === 'proxy')).toEqual([]);
    else expect(result.data?.proxy.verdict).toBe('proxy');
  });
});
