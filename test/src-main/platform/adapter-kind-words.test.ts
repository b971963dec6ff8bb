import { describe, expect, it } from 'vitest';
import { adapterKindOf } from '../../../src-main/platform/adapter-kind-words.js';

describe('adapterKindOf', () => {
  it('knows the ipconfig phrases of the common display languages', () => {
    const cases: [string, string][] = [
      ['Wireless LAN adapter', 'wireless'],
      ['Drahtlos-LAN-Adapter', 'wireless'],
      ['Carte réseau sans fil', 'wireless'],
      ['Adaptador de LAN inalámbrica', 'wireless'],
      ['Адаптер беспроводной локальной сети', 'wireless'],
      ['无线局域网适配器', 'wireless'],
      ['PPP-Adapter', 'ppp'],
      ['Carte PPP', 'ppp'],
      ['Адаптер PPP', 'ppp'],
      ['Mobile Broadband adapter', 'mobile'],
      ['Unknown adapter', 'tun'],
      ['Unbekannter Adapter', 'tun'],
      ['不明なアダプター', 'tun'],
      ['Tunnel adapter', 'tunnel'],
      ['イーサネット アダプター', 'ethernet'],
      ['Ethernet adapter', 'ethernet'],
    ];
    expect(cases.map(([phrase]) => [phrase, adapterKindOf(phrase)])).toEqual(cases);
  });

  it('calls a phrase it does not know "other"', () => {
    expect(adapterKindOf('Bilinmeyen bağdaştırıcı')).toBe('other');
  });
});
