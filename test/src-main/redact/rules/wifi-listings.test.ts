// Wi-Fi networks that tools print without a key: system_profiler headings, netsh's profile
// heading, security find-generic-password; the Wi-Fi diagnostics around them stay.
import { describe, expect, it } from 'vitest';
import { redactLine } from '../../../helpers/redacted-line.js';

const PROFILER = [
  '      en0:',
  '        Card Type: Wi-Fi  (0x14E4, 0x4464)',
  '        Current Network Information:',
  '          Lena-5G:',
  '            PHY Mode: 802.11ac',
  '            BSSID: a4:2b:b0:11:22:33',
  '            Channel: 149 (5GHz, 80MHz)',
  '            Security: WPA2 Personal',
  '            Signal / Noise: -54 dBm / -92 dBm',
  '        Other Local Wi-Fi Networks:',
  '          Neighbour Net:',
  '            PHY Mode: 802.11',
  '            Channel: 6 (2GHz, 20MHz)',
  '          CafeGuest:',
  '            Security: None',
  '      awdl0:',
  '        MAC Address: 8e:11:22:33:44:55',
].join('\n');

describe('Wi-Fi listings', () => {
  it('redacts system_profiler network headings and keeps their channel, PHY mode, security and signal', () => {
    const out = redactLine(PROFILER);
    for (const ssid of ['Lena-5G', 'Neighbour Net', 'CafeGuest', 'a4:2b:b0', '8e:11:22']) expect(out).not.toContain(ssid);
    expect(out).toContain('        Current Network Information:\n          <wifi-1>:\n            PHY Mode: 802.11ac\n            BSSID: <mac-1>\n');
    expect(out).toContain('        Other Local Wi-Fi Networks:\n          <wifi-2>:\n            PHY Mode: 802.11\n            Channel: 6 (2GHz, 20MHz)\n          <wifi-3>:\n            Security: None\n      awdl0:');
    for (const kept of ['Channel: 149 (5GHz, 80MHz)', 'Security: WPA2 Personal', 'Signal / Noise: -54 dBm / -92 dBm', 'Card Type: Wi-Fi']) expect(out).toContain(kept);
  });

  it('redacts the network and the password printed by find-generic-password -w', () => {
    expect(redactLine('$ security find-generic-password -wa "Lena Home"\nTr0ub4dor&3\n$ echo done')).toBe('$ security find-generic-password -wa "<wifi-1>"\n<secret-1>\n$ echo done');
    expect(redactLine('% security find-generic-password -D "AirPort network password" -a LenaNet -w\ns3cr3t!\n%')).toBe('% security find-generic-password -D "AirPort network password" -a <wifi-1> -w\n<secret-1>\n%');
    // Without -w the password is not printed alone: the next line stays.
    expect(redactLine('security find-generic-password -ga LenaNet\nkeychain: "/Library/Keychains/System.keychain"')).toBe('security find-generic-password -ga <wifi-1>\nkeychain: "/Library/Keychains/System.keychain"');
    // The password only in minimal.
    expect(redactLine('security find-generic-password -wa LenaNet\nTr0ub4dor&3', { profile: 'minimal' })).toBe('security find-generic-password -wa LenaNet\n<secret-1>');
  });

  it('keeps headings that name no network', () => {
    const text = 'Current Network Information:\n  Interfaces:\n    en0:\nPreferred Networks: none\nProfiles on interface Wi-Fi:';
    expect(redactLine(text)).toBe(text);
  });
});
