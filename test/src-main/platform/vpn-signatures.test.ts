import { describe, expect, it } from 'vitest';
import { inCgnatRange, vpnSignatureOf } from '../../../src-main/platform/vpn-signatures.js';

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
});
