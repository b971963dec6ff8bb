import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../../src-main/platform/reg-query-parser.js';
import { parseWinHttpSettings } from '../../../src-main/platform/winhttp-settings-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

const valueOf = (file: string) => parseRegQuery(commandFixture(`win32/${file}`))[0]!.values.WinHttpSettings!;

describe('parseWinHttpSettings', () => {
  it("reads Microsoft's documented direct-access value", () => {
    expect(parseWinHttpSettings(valueOf('reg-query-winhttpsettings-direct.txt'))).toEqual({ direct: true });
  });

  it('reads the reset value even when a tool wrote it a byte short', () => {
    expect(parseWinHttpSettings(valueOf('reg-query-winhttpsettings-reset-short.txt'))).toEqual({ direct: true });
  });

  it('reads a named proxy and its bypass list', () => {
    expect(parseWinHttpSettings(valueOf('reg-query-winhttpsettings-proxy.txt'))).toEqual({ direct: false, proxyServer: 'proxy.corp.example:8080', bypassList: '<local>;*.corp.example' });
  });

  it('refuses what is not that layout: odd hex, too short, a length past the end', () => {
    expect(parseWinHttpSettings('18000')).toBeNull();
    expect(parseWinHttpSettings('1800000000000000')).toBeNull();
    expect(parseWinHttpSettings('18000000000000000300000040000000' + '41'.repeat(8))).toBeNull();
  });
});
