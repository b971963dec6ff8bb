import { describe, expect, it } from 'vitest';
import { readInterfaceLinks } from '../../../src-main/collect/interface-links.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner } from '../../helpers/fixture-runner.js';
import { networkFixture } from '../../helpers/network-fixture.js';

const signal = new AbortController().signal;

describe('readInterfaceLinks', () => {
  it("Linux: ip's kinds and the interfaces that carry a catch-all route", async () => {
    const source = networkFixture('linux-wired-wg-office');
    const environment = {
      ...fixtureEnvironment('linux', '/home/fixture'),
      runCommand: fixtureRunner({ 'ip -d link show': { stdoutFile: 'linux/ip-d-link-wg-office.txt' }, 'ip route show table all': { stdoutFile: 'linux/ip-route-all-wg-office.txt' } }),
    };
    const links = await readInterfaceLinks(environment, signal, await source.interfaces(), source.addresses());
    expect(links.facts['wg-office']?.kind).toBe('wireguard');
    expect(links.catchAll).toEqual({ 'wg-office': 'default route in table 51820', enp0s31f6: 'default route' });
    expect(links).toMatchObject({ read: ['ip -d link show', 'ip route show table all'], unreadable: [] });
  });

  it("Windows: ipconfig's headings and route print's interface addresses mapped back to adapter names", async () => {
    const source = networkFixture('win32-de-wlan-wireguard');
    const environment = {
      ...fixtureEnvironment('win32', 'C:\\Users\\pat'),
      runCommand: fixtureRunner({
        'cmd /d /c chcp': { stdoutFile: 'win32/chcp-de.cp850.txt' },
        'ipconfig /all': { stdoutFile: 'win32/ipconfig-all-de-wlan-wireguard.cp850.txt' },
        'route print -4': { stdoutFile: 'win32/route-print-de.cp850.txt' },
      }),
    };
    const links = await readInterfaceLinks(environment, signal, await source.interfaces(), source.addresses());
    expect([links.facts.WLAN?.kind, links.facts['wg-office']?.kind]).toEqual(['wireless', 'tun']);
    expect(Object.keys(links.catchAll)).toEqual(['WLAN', 'wg-office']);
  });

  it('says which commands it could not read; macOS has none to read', async () => {
    const linux = await readInterfaceLinks({ ...fixtureEnvironment('linux', '/home/fixture'), runCommand: fixtureRunner({}) }, signal, [], {});
    expect(linux.unreadable).toEqual(['ip -d link show (not found)', 'ip route show table all (not found)']);
    const mac = await readInterfaceLinks({ ...fixtureEnvironment('darwin', '/Users/pat'), runCommand: fixtureRunner({}) }, signal, [], {});
    expect(mac).toEqual({ facts: {}, catchAll: {}, read: [], unreadable: [] });
  });
});
