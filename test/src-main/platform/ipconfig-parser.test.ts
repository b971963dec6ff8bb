import { describe, expect, it } from 'vitest';
import { decoderForCodePage } from '../../../src-main/platform/code-page-decoder.js';
import { parseIpconfigAdapters } from '../../../src-main/platform/ipconfig-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseIpconfigAdapters', () => {
  it('reads each adapter heading in Russian: Ethernet, wireless and PPP', () => {
    const output = commandFixture('win32/ipconfig-all-ru-ikev2.cp866.txt', decoderForCodePage(866));
    expect(parseIpconfigAdapters(output, ['vEthernet (WSL)', 'Беспроводная сеть', 'IKEv2 VPN 159.65.207.158'])).toEqual({
      'vEthernet (WSL)': { kind: 'ethernet', said: 'Адаптер Ethernet' },
      'Беспроводная сеть': { kind: 'wireless', said: 'Адаптер беспроводной локальной сети' },
      'IKEv2 VPN 159.65.207.158': { kind: 'ppp', said: 'Адаптер PPP' },
    });
  });

  it('reads German and Turkish headings, and keeps a phrase it does not know as "other"', () => {
    const german = parseIpconfigAdapters(commandFixture('win32/ipconfig-all-de-wlan-wireguard.cp850.txt', decoderForCodePage(850)), ['WLAN', 'wg-office']);
    expect([german.WLAN?.kind, german['wg-office']?.kind]).toEqual(['wireless', 'tun']);
    const turkish = parseIpconfigAdapters(commandFixture('win32/ipconfig-all-tr.cp857.txt', decoderForCodePage(857)), ['Wi-Fi', 'Kurumsal']);
    expect(turkish).toEqual({ 'Wi-Fi': { kind: 'wireless', said: 'Kablosuz LAN bağdaştırıcısı' }, Kurumsal: { kind: 'other', said: 'Bilinmeyen bağdaştırıcı' } });
  });

  it('matches the longest name ("Ethernet 3", not "Ethernet") and reads French " :" headings', () => {
    const output = 'Carte Ethernet Ethernet :\r\n\r\n   Statut du média. . . : Média déconnecté\r\n\r\nCarte Ethernet Ethernet 3 :\r\n\r\nCarte PPP Bureau :\r\n';
    expect(parseIpconfigAdapters(output, ['Ethernet', 'Ethernet 3', 'Bureau'])).toEqual({
      Ethernet: { kind: 'ethernet', said: 'Carte Ethernet' },
      'Ethernet 3': { kind: 'ethernet', said: 'Carte Ethernet' },
      Bureau: { kind: 'ppp', said: 'Carte PPP' },
    });
  });
});
