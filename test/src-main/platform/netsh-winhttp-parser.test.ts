import { describe, expect, it } from 'vitest';
import { parseNetshWinHttp } from '../../../src-main/platform/netsh-winhttp-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseNetshWinHttp', () => {
  it('reads direct access, a proxy with its bypass list, and refuses what it does not know', () => {
    expect(parseNetshWinHttp(commandFixture('win32/netsh-winhttp-direct.txt'))).toEqual({ direct: true });
    expect(parseNetshWinHttp(commandFixture('win32/netsh-winhttp-proxy.txt'))).toEqual({ direct: false, proxyServer: 'proxy.corp.example:8080', bypassList: '<local>;*.corp.example' });
    expect(parseNetshWinHttp('Der Befehl wurde nicht gefunden.')).toBeNull();
  });
});
