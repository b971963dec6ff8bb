import { describe, expect, it } from 'vitest';
import { readInterfaceLinks } from '../../../src-main/collect/interface-links.js';
import { detectVpn } from '../../../src-main/collect/vpn-detection.js';
import type { SupportedPlatform } from '../../../src-main/platform/supported-platform.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner, type RecordedCommand } from '../../helpers/fixture-runner.js';
import { networkFixture } from '../../helpers/network-fixture.js';

async function verdictOf(name: string) {
  const source = networkFixture(name);
  return detectVpn(await source.interfaces(), source.addresses());
}

/** The verdict for a recorded machine whose own tools (ip, ipconfig, route) answer from recorded outputs too. */
async function machine(name: string, platform: SupportedPlatform, commands: Record<string, RecordedCommand>) {
  const source = networkFixture(name);
  const [interfaces, addresses] = [await source.interfaces(), source.addresses()];
  const environment = { ...fixtureEnvironment(platform, '/home/fixture'), runCommand: fixtureRunner(commands) };
  return detectVpn(interfaces, addresses, await readInterfaceLinks(environment, new AbortController().signal, interfaces, addresses));
}

const linux = (links: string, routes: string) => ({ 'ip -d link show': { stdoutFile: `linux/${links}` }, 'ip route show table all': { stdoutFile: `linux/${routes}` } });

describe('detectVpn', () => {
  it('detects GlobalProtect on Windows by its adapter description, as a full tunnel', async () => {
    const vpn = await verdictOf('win32-wifi-globalprotect');
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: true });
    expect(vpn.adapters).toEqual([{ name: 'Ethernet 3', description: 'PANGP Virtual Ethernet Adapter Secure', product: 'Palo Alto GlobalProtect', default: true, ipv4: true }]);
    expect(vpn.evidence).toEqual(['default route through Ethernet 3 (PANGP Virtual Ethernet Adapter Secure): looks like Palo Alto GlobalProtect']);
  });

  it('does not count the idle utun interfaces every Mac has, and says so', async () => {
    const vpn = await verdictOf('darwin-wifi-idle-utun');
    expect(vpn).toMatchObject({ verdict: 'none', fullTunnel: false, adapters: [] });
    expect(vpn.evidence).toEqual(['utun0, utun1, utun2 idle (no IPv4 address, not the default route): ignored, macOS always has these']);
  });

  it('detects a utun with a 100.64.0.0/10 address (Tailscale) as a split tunnel', async () => {
    const vpn = await verdictOf('darwin-wifi-tailscale');
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: false });
    expect(vpn.evidence).toEqual([
      'utun4 is up with an IPv4 address: looks like macOS tunnel (utun) (not the default route: split tunnel)',
      'utun4 has an address in 100.64.0.0/10 (used by Tailscale, Zscaler, Cloudflare WARP)',
      'utun0, utun1, utun2 idle (no IPv4 address, not the default route): ignored, macOS always has these',
    ]);
  });

  it('detects WireGuard on Linux by its interface name; a down docker bridge is no VPN', async () => {
    const vpn = await verdictOf('linux-wired-wireguard');
    expect(vpn.verdict).toBe('detected');
    expect(vpn.adapters.map((a) => [a.name, a.product])).toEqual([['wg0', 'WireGuard']]);
  });

  it('calls a 100.64.0.0/10 address on an unknown adapter only possible', () => {
    const vpn = detectVpn(
      [{ iface: 'Ethernet 7', ifaceName: 'Some Adapter', default: false, internal: false, virtual: false, operstate: 'up', type: 'wired', speed: null, dhcp: false }],
      { 'Ethernet 7': [{ family: 'IPv4', address: '100.96.0.12', internal: false }] },
    );
    expect(vpn).toMatchObject({ verdict: 'possible', adapters: [] });
    expect(vpn.evidence[0]).toMatch(/100\.64\.0\.0\/10/);
  });

  it('says what it looked for when it finds nothing', () => {
    expect(detectVpn([], {})).toEqual({ verdict: 'none', fullTunnel: false, adapters: [], evidence: ['no VPN adapter, tunnel interface or 100.64.0.0/10 address found'] });
  });

  it('Cloudflare WARP on Linux: a tun device named CloudflareWARP with 172.16.0.2, outside 100.64.0.0/10', async () => {
    const vpn = await machine('linux-wifi-cloudflare-warp', 'linux', linux('ip-d-link-warp.txt', 'ip-route-all-warp.txt'));
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: false });
    expect(vpn.adapters.map((a) => [a.name, a.product])).toEqual([['CloudflareWARP', 'Cloudflare WARP']]);
    // Without ip's answer the name alone still gives it away.
    expect((await verdictOf('linux-wifi-cloudflare-warp')).verdict).toBe('detected');
  });

  it("WireGuard named after its config (wg-office), full tunnel through wg-quick's own routing table", async () => {
    const vpn = await machine('linux-wired-wg-office', 'linux', linux('ip-d-link-wg-office.txt', 'ip-route-all-wg-office.txt'));
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: true });
    expect(vpn.adapters).toEqual([{ name: 'wg-office', description: 'wg-office', product: 'WireGuard', default: true, ipv4: true }]);
    expect(vpn.evidence).toEqual(['default route in table 51820 through wg-office: the OS calls it wireguard: looks like WireGuard']);
  });

  it('an unknown client on Linux is a VPN by its kind (tun) and its routes (0.0.0.0/1 + 128.0.0.0/1), named "VPN (unknown client)"', async () => {
    const vpn = await machine('linux-wired-unknown-tun', 'linux', linux('ip-d-link-unknown-tun.txt', 'ip-route-all-unknown-tun.txt'));
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: true });
    expect(vpn.adapters.map((a) => [a.name, a.product, a.default])).toEqual([['corpvpn', 'VPN (unknown client)', true]]);
    expect(vpn.evidence[0]).toBe('route 0.0.0.0/1 through corpvpn: the OS calls it tun type tun: looks like VPN (unknown client)');
  });

  it("a mobile modem's carrier-NAT address is not a VPN", async () => {
    const vpn = await machine('linux-wwan-cgnat', 'linux', linux('ip-d-link-wwan.txt', 'ip-route-all-wwan.txt'));
    expect(vpn).toMatchObject({ verdict: 'none', adapters: [] });
    expect(vpn.evidence).toEqual(["wwan0 is a mobile broadband modem: its 100.64.0.0/10 address is the carrier's NAT, not a VPN"]);
    expect((await verdictOf('linux-wwan-cgnat')).verdict).toBe('none');
  });

  it("the Windows built-in VPN client: a PPP adapter named only after the connection, on a Russian Windows", async () => {
    const vpn = await machine('win32-ru-wifi-ikev2', 'win32', {
      'cmd /d /c chcp': { stdoutFile: 'win32/chcp-ru.cp866.txt' },
      'ipconfig /all': { stdoutFile: 'win32/ipconfig-all-ru-ikev2.cp866.txt' },
    });
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: false });
    expect(vpn.adapters.map((a) => [a.name, a.product])).toEqual([['IKEv2 VPN 159.65.207.158', 'PPP VPN (Windows built-in or similar)']]);
    expect(vpn.evidence[0]).toBe('IKEv2 VPN 159.65.207.158 is up with an IPv4 address: the OS calls it Адаптер PPP: looks like PPP VPN (Windows built-in or similar) (not the default route: split tunnel)');
  });

  it('a PPP link with a public address that is the way out (PPPoE broadband, German) is not a VPN', async () => {
    const vpn = await machine('win32-de-pppoe', 'win32', {
      'cmd /d /c chcp': { stdoutFile: 'win32/chcp-de.cp850.txt' },
      'ipconfig /all': { stdoutFile: 'win32/ipconfig-all-de-pppoe.cp850.txt' },
    });
    expect(vpn.verdict).toBe('none');
    expect(vpn.evidence[0]).toBe('Breitbandverbindung is a PPP link to the internet provider (PPP-Adapter) (dial-up or PPPoE broadband: a public address), not a VPN');
  });

  it("a full tunnel on Windows told by route print's columns in German (gateway \"Auf Verbindung\")", async () => {
    const vpn = await machine('win32-de-wlan-wireguard', 'win32', {
      'cmd /d /c chcp': { stdoutFile: 'win32/chcp-de.cp850.txt' },
      'ipconfig /all': { stdoutFile: 'win32/ipconfig-all-de-wlan-wireguard.cp850.txt' },
      'route print -4': { stdoutFile: 'win32/route-print-de.cp850.txt' },
    });
    expect(vpn).toMatchObject({ verdict: 'detected', fullTunnel: true });
    expect(vpn.adapters.map((a) => [a.name, a.product, a.default])).toEqual([['wg-office', 'WireGuard', true]]);
  });

  it('Check Point, F5 and other clients without a vendor rule of their own are still VPNs', () => {
    const up = (iface: string, ifaceName: string) => ({ iface, ifaceName, default: false, internal: false, virtual: false, operstate: 'up' as const, type: 'wired' as const, speed: null, dhcp: false });
    const vpn = detectVpn(
      [up('Ethernet 2', 'Check Point Virtual Network Adapter For SSL Network Extender'), up('_Common_SSLVPN-NA_V - sslvpn.example.test', 'F5 Networks VPN Adapter'), up('Ethernet 5', 'Contoso Secure VPN Adapter')],
      { 'Ethernet 2': [{ family: 'IPv4', address: '10.20.0.4', internal: false }], '_Common_SSLVPN-NA_V - sslvpn.example.test': [{ family: 'IPv4', address: '10.30.0.9', internal: false }], 'Ethernet 5': [{ family: 'IPv4', address: '10.40.0.2', internal: false }] },
    );
    expect(vpn.verdict).toBe('detected');
    expect(vpn.adapters.map((a) => a.product)).toEqual(['Check Point Endpoint VPN', 'F5 BIG-IP Edge Client', 'VPN (unknown client)']);
  });

  it('an adapter whose kind Windows names in a language not known here makes the verdict "unknown", not "none"', async () => {
    const vpn = await machine('win32-tr-unknown-adapter', 'win32', {
      'cmd /d /c chcp': { stdoutFile: 'win32/chcp-tr.cp857.txt' },
      'ipconfig /all': { stdoutFile: 'win32/ipconfig-all-tr.cp857.txt' },
    });
    expect(vpn.verdict).toBe('unknown');
    expect(vpn.evidence).toEqual(['could not tell the kind of Kurumsal (Acme SecureLink Adapter) (Bilinmeyen bağdaştırıcı): the OS named it in words not recognised here']);
  });

  it('Windows without ipconfig: a connection whose description is only its name (the built-in client) is a PPP VPN; a PPPoE one with a public address is not', () => {
    const up = (iface: string, ifaceName: string, isDefault = false) => ({ iface, ifaceName, default: isDefault, internal: false, virtual: false, operstate: 'up' as const, type: 'wired' as const, speed: null, dhcp: false });
    const v4 = (address: string) => [{ family: 'IPv4' as const, address, internal: false }];
    const office = detectVpn([up('Wi-Fi', 'Intel(R) Wi-Fi 6 AX201 160MHz', true), up('Büro', 'Büro')], { 'Wi-Fi': v4('192.168.1.23'), Büro: v4('10.10.0.5') }, undefined, 'win32');
    expect(office).toMatchObject({ verdict: 'detected', adapters: [{ name: 'Büro', product: 'PPP VPN (Windows built-in or similar)' }] });
    expect(office.evidence[0]).toBe('Büro is up with an IPv4 address: the OS calls it a connection listed by its name only (dial-up or VPN): looks like PPP VPN (Windows built-in or similar) (not the default route: split tunnel)');
    const dsl = detectVpn([up('Ethernet', 'Realtek PCIe GbE Family Controller'), up('Breitbandverbindung', 'Breitbandverbindung', true)], { Ethernet: v4('192.168.1.100'), Breitbandverbindung: v4('85.180.143.6') }, undefined, 'win32');
    expect(dsl.verdict).toBe('none');
    // When no adapter shows a driver's description, descriptions were not read: nothing is inferred from them.
    const unread = detectVpn([up('Wi-Fi', 'Wi-Fi', true), up('Ethernet', 'Ethernet')], { 'Wi-Fi': v4('192.168.1.23'), Ethernet: v4('192.168.1.24') }, undefined, 'win32');
    expect(unread.verdict).toBe('none');
  });
});
