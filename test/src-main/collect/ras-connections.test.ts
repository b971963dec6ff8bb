import { describe, expect, it } from 'vitest';
import { deriveConnectionType } from '../../../src-main/collect/connection-type.js';
import { rasConnections } from '../../../src-main/collect/ras-connections.js';
import { networkFixture } from '../../helpers/network-fixture.js';

const up = (iface: string, ifaceName: string, isDefault = false, type: 'wired' | 'wireless' = 'wired') => ({ iface, ifaceName, default: isDefault, internal: false, virtual: false, operstate: 'up' as const, type, speed: null, dhcp: false });

describe('rasConnections', () => {
  it('finds the connections Windows lists by name only, beside cards with driver descriptions', async () => {
    expect([...rasConnections(await networkFixture('win32-ru-wifi-ikev2').interfaces())]).toEqual(['IKEv2 VPN 159.65.207.158']);
    expect([...rasConnections([up('Wi-Fi', 'Intel(R) Wi-Fi 6 AX201 160MHz'), up('Büro', 'Büro'), up('Ethernet 2', 'Ethernet 2')])]).toEqual(['Büro']);
  });

  it('infers nothing when no adapter shows a driver description', () => {
    expect(rasConnections([up('Wi-Fi', 'Wi-Fi'), up('Büro', 'Büro')]).size).toBe(0);
  });

  it('makes the connection type look past a VPN connection that holds the default route to the card under it', () => {
    const verdict = deriveConnectionType([up('Wi-Fi', 'Intel(R) Wi-Fi 6 AX201 160MHz', false, 'wireless'), up('Büro', 'Büro', true)], [], undefined, 'win32');
    expect(verdict).toEqual({ connectionType: 'wifi', evidence: ['default interface Büro (a dial-up or VPN connection)', 'Wi-Fi is up (wireless)'] });
  });
});
