import { describe, expect, it } from 'vitest';
import { inCgnatRange, isMobileAdapter, isPublicIPv4, productOfTunnelKind, vpnSignatureOf } from '../../../src-main/platform/vpn-signatures.js';

describe('vpn signatures', () => {
  it('matches adapter descriptions from docs/zoom-facts.md and tunnel names', () => {
    expect(vpnSignatureOf('Ethernet 2', 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64')?.product).toBe('Cisco AnyConnect / Secure Client');
    expect(vpnSignatureOf('Ethernet 4', 'TAP-Windows Adapter V9')?.product).toBe('OpenVPN (TAP-Windows)');
    expect(vpnSignatureOf('wg-corp', 'WireGuard Tunnel')?.product).toBe('WireGuard');
    expect(vpnSignatureOf('tun0', 'tun0')?.on).toBe('name');
    expect(vpnSignatureOf('Ethernet', 'Intel(R) Ethernet Connection I219-LM')).toBeUndefined();
    expect(vpnSignatureOf('en0', 'en0')).toBeUndefined();
  });

  it('knows the edges of 100.64.0.0/10', () => {
    expect(['100.64.0.0', '100.127.255.255', '100.63.255.255', '100.128.0.0', 'fd7a::1', 'nonsense'].map(inCgnatRange)).toEqual([true, true, false, false, false, false]);
  });

  it('knows more vendors by their Windows descriptions and Linux names, and any adapter that calls itself a VPN', () => {
    expect(vpnSignatureOf('Ethernet 2', 'Check Point Virtual Network Adapter For SSL Network Extender')?.product).toBe('Check Point Endpoint VPN');
    expect(vpnSignatureOf('_Common_SSLVPN-NA_V - sslvpn.example.test', 'F5 Networks VPN Adapter')?.product).toBe('F5 BIG-IP Edge Client');
    expect(vpnSignatureOf('Ethernet 6', 'Fortinet SSL VPN Virtual Ethernet Adapter')?.product).toBe('FortiClient');
    expect(vpnSignatureOf('Ethernet 7', 'Pulse Secure Virtual Adapter')?.product).toBe('Pulse Secure / Ivanti');
    expect(vpnSignatureOf('Ethernet 8', 'Contoso Secure VPN Adapter')).toMatchObject({ product: 'VPN (unknown client)', generic: true });
    expect(vpnSignatureOf('CloudflareWARP', 'CloudflareWARP')?.product).toBe('Cloudflare WARP');
    expect(vpnSignatureOf('wg-office', 'wg-office')?.product).toBe('WireGuard');
    expect(vpnSignatureOf('vpn0', 'vpn0')).toBeUndefined();
  });

  it('tells mobile modems, public addresses and tunnel kinds apart', () => {
    expect([isMobileAdapter('wwan0', 'wwan0'), isMobileAdapter('Mobilfunk', 'Generic Mobile Broadband Adapter'), isMobileAdapter('Wi-Fi', 'Intel(R) Wi-Fi 6 AX201 160MHz')]).toEqual([true, true, false]);
    expect(['85.180.143.6', '192.168.43.10', '100.87.74.21', '10.0.0.2', '172.16.0.2'].map(isPublicIPv4)).toEqual([true, false, false, false, false]);
    expect([productOfTunnelKind('wireguard'), productOfTunnelKind('ppp'), productOfTunnelKind('tun')]).toEqual(['WireGuard', 'PPP VPN (Windows built-in or similar)', 'VPN (unknown client)']);
  });
});
