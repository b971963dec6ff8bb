import { describe, expect, it } from 'vitest';
import { hostAliases, type HostAliasSources } from '../../../src-main/platform/host-aliases.js';

const HOSTS = ['127.0.0.1\tlocalhost localhost.localdomain', '127.0.1.1\tvm.corp.example.com vm   # this machine', '10.0.0.9 vmware.example.com other', '::1 ip6-localhost'].join('\n');

function sources(overrides: Partial<HostAliasSources>): HostAliasSources {
  return { platform: 'linux', hostname: 'vm', env: {}, hostsFile: () => HOSTS, ...overrides };
}

describe('hostAliases', () => {
  it('Linux: the hosts file line of this machine gives its fully qualified name, not other machines or localhost', () => {
    expect(hostAliases(sources({}))).toEqual(['vm.corp.example.com']);
    expect(hostAliases(sources({ hostname: 'VM.corp.example.com' }))).toEqual([]);
    expect(hostAliases(sources({ hostsFile: () => undefined }))).toEqual([]);
  });

  it('Windows: COMPUTERNAME and COMPUTERNAME.USERDNSDOMAIN', () => {
    const env = { COMPUTERNAME: 'PC-4471', USERDNSDOMAIN: 'CORP.EXAMPLE.ORG' };
    expect(hostAliases(sources({ platform: 'win32', hostname: 'PC-4471', env, hostsFile: () => '' }))).toEqual(['PC-4471.CORP.EXAMPLE.ORG']);
    expect(hostAliases(sources({ platform: 'win32', hostname: 'pc-4471', env: { COMPUTERNAME: 'PC-4471' }, hostsFile: () => '' }))).toEqual([]);
  });

  it('macOS: the Computer Name the user chose and the Bonjour name', () => {
    const names = { ComputerName: 'Tara’s MacBook Pro', LocalHostName: 'Taras-MacBook-Pro' };
    expect(hostAliases(sources({ platform: 'darwin', hostname: 'Taras-MacBook-Pro.local', hostsFile: () => '', scutilName: (n) => names[n] }))).toEqual(['Tara’s MacBook Pro']);
  });
});
