import { describe, expect, it } from 'vitest';
import { decoderForCodePage } from '../../../src-main/platform/code-page-decoder.js';
import { parseNetshWinHttp } from '../../../src-main/platform/netsh-winhttp-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

/** A recorded netsh output decoded in the code page named in its file name (".cp932.txt"), else UTF-8. */
function output(file: string): string {
  const codePage = /\.cp(\d+)\.txt$/.exec(file)?.[1];
  return commandFixture(`win32/${file}`, codePage ? decoderForCodePage(Number(codePage)) : undefined);
}

describe('parseNetshWinHttp', () => {
  it('reads direct access, a proxy with its bypass list, and refuses what it does not know', () => {
    expect(parseNetshWinHttp(output('netsh-winhttp-direct.txt'))).toEqual({ direct: true });
    expect(parseNetshWinHttp(output('netsh-winhttp-proxy.txt'))).toEqual({ direct: false, proxyServer: 'proxy.corp.example:8080', bypassList: '<local>;*.corp.example' });
    expect(parseNetshWinHttp('Der Befehl wurde nicht gefunden.')).toBeNull();
    expect(parseNetshWinHttp('')).toBeNull();
  });

  it('reads direct access in German, Japanese, Russian, Spanish and Chinese by its layout', () => {
    for (const file of ['netsh-winhttp-direct-de.cp850.txt', 'netsh-winhttp-direct-ja.cp932.txt', 'netsh-winhttp-direct-ru.cp866.txt', 'netsh-winhttp-direct-es.cp850.txt', 'netsh-winhttp-direct-zh.cp936.txt']) {
      expect(parseNetshWinHttp(output(file)), file).toEqual({ direct: true });
    }
  });

  it('reads the proxy in German, French, Japanese and Chinese; a localized "(none)" bypass list is none', () => {
    expect(parseNetshWinHttp(output('netsh-winhttp-proxy-de.cp850.txt'))).toEqual({ direct: false, proxyServer: 'proxy.corp:8080' });
    expect(parseNetshWinHttp(output('netsh-winhttp-proxy-fr.cp850.txt'))).toEqual({ direct: false, proxyServer: 'proxy.local:8080' });
    expect(parseNetshWinHttp(output('netsh-winhttp-proxy-ja.cp932.txt'))).toEqual({ direct: false, proxyServer: 'proxy.example.co.jp:8080' });
    expect(parseNetshWinHttp(output('netsh-winhttp-proxy-zh.cp936.txt'))).toEqual({ direct: false, proxyServer: '127.0.0.1:7897' });
  });

  it('keeps per-scheme proxy lists and a German bypass label with a comma', () => {
    const german = '\r\nAktuelle WinHTTP-Proxyeinstellungen:\r\n\r\n    Proxyserver:  http=proxy:80;https=proxy:443\r\n    Verbindungen, die die Proxyliste umgehen:  <local>\r\n';
    expect(parseNetshWinHttp(german)).toEqual({ direct: false, proxyServer: 'http=proxy:80;https=proxy:443', bypassList: '<local>' });
  });
});
