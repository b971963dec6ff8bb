import { describe, expect, it } from 'vitest';
import { decoderForCodePage, utf8Decoder } from '../../../src-main/platform/code-page-decoder.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

/** A recorded output decoded in the given code page. */
function decoded(file: string, codePage: number): string {
  const decoder = decoderForCodePage(codePage);
  if (!decoder) throw new Error(`no decoder for ${codePage}`);
  return commandFixture(file, decoder);
}

describe('decoderForCodePage', () => {
  it('decodes netsh output written in the console code pages of five display languages', () => {
    expect(decoded('win32/netsh-winhttp-direct-ja.cp932.txt', 932)).toContain('直接アクセス (プロキシ サーバーなし)。');
    expect(decoded('win32/netsh-winhttp-proxy-fr.cp850.txt', 850)).toContain('Paramètres de proxy WinHTTP actuels :');
    expect(decoded('win32/netsh-winhttp-direct-ru.cp866.txt', 866)).toContain('Прямой доступ (без прокси-сервера).');
    expect(decoded('win32/netsh-winhttp-direct-zh.cp936.txt', 936)).toContain('直接访问(没有代理服务器)。');
    expect(decoded('win32/chcp-de.cp850.txt', 850)).toBe('Aktive Codepage: 850.\r\n');
  });

  it('the same bytes read as UTF-8 lose their text: why the code page matters', () => {
    expect(commandFixture('win32/netsh-winhttp-direct-ja.cp932.txt', utf8Decoder)).not.toContain('直接アクセス');
    expect(commandFixture('win32/netsh-winhttp-proxy-fr.cp850.txt', utf8Decoder)).not.toContain('Paramètres');
  });

  it('knows the DOS code pages TextDecoder lacks, byte for byte', () => {
    // 0x8A is è in 437 and 850 but Ő in Central European 852; 0x9D is Ø in 850 but ¥ in 437.
    expect(decoderForCodePage(437)!(Uint8Array.of(0x8a, 0x9d, 0x41))).toBe('è¥A');
    expect(decoderForCodePage(850)!(Uint8Array.of(0x8a, 0x9d, 0x41))).toBe('èØA');
    expect(decoderForCodePage(852)!(Uint8Array.of(0x8a))).toBe('Ő');
    expect(decoderForCodePage(65001)!(Buffer.from('Беспроводная сеть'))).toBe('Беспроводная сеть');
  });

  it('has no decoder for a code page it does not know (the caller falls back to UTF-8)', () => {
    expect(decoderForCodePage(12345)).toBeUndefined();
  });
});
