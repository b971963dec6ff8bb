import { describe, expect, it } from 'vitest';
import { detectVpn } from '../../../src-main/collect/vpn-detection.js';
import { networkFixture } from '../../helpers/network-fixture.js';

async function verdictOf(name: string) {
  const source = networkFixture(name);
  return detectVpn(await source.interfaces(), source.addresses());
}

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
});
