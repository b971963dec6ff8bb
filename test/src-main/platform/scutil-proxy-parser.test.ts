import { describe, expect, it } from 'vitest';
import { parseScutilProxy } from '../../../src-main/platform/scutil-proxy-parser.js';
import { commandFixture } from '../../helpers/fixture-runner.js';

describe('parseScutilProxy', () => {
  it('reads scalar keys and array items', () => {
    expect(parseScutilProxy(commandFixture('darwin/scutil-proxy-pac-and-https.txt'))).toEqual({
      ExceptionsList: ['*.local', '169.254/16', '*.corp.example'],
      FTPPassive: '1',
      HTTPEnable: '0',
      HTTPSEnable: '1',
      HTTPSPort: '3128',
      HTTPSProxy: 'proxy.corp.example',
      ProxyAutoConfigEnable: '1',
      ProxyAutoConfigURLString: 'http://wpad.corp.example/wpad.dat',
      ProxyAutoDiscoveryEnable: '1',
      SOCKSEnable: '0',
    });
  });
});
