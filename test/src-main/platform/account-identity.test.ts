import { describe, expect, it } from 'vitest';
import { accountIdentity, type AccountSources } from '../../../src-main/platform/account-identity.js';

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'tkaur:x:1001:1001:Tara Kaur,Room 4,,:/home/tkaur:/bin/bash',
  'svc:x:998:998::/srv/svc:/usr/sbin/nologin',
  'odd:x:1002:1002:Omar Diaz:/tmp/zpb-home-odd:/bin/sh',
].join('\n');

function sources(overrides: Partial<AccountSources>): AccountSources {
  return {
    platform: 'linux',
    home: '/home/tkaur',
    env: {},
    processUser: () => 'root',
    ownerUid: () => 1001,
    passwd: () => PASSWD,
    macFullName: () => undefined,
    ...overrides,
  };
}

describe('accountIdentity', () => {
  it('zpb run as root for the signed-in user: HOME owner, USER and the GECOS name', () => {
    expect(accountIdentity(sources({ env: { USER: 'tkaur', LOGNAME: 'root' } }))).toEqual({ usernames: ['tkaur', 'root'], fullName: 'Tara Kaur' });
  });

  it('HOME owner alone names the account (no USER), also for a home outside /home', () => {
    expect(accountIdentity(sources({ home: '/tmp/zpb-home-odd', ownerUid: () => 1002 }))).toEqual({ usernames: ['root', 'odd'], fullName: 'Omar Diaz' });
  });

  it('a root-owned HOME is looked up by its path; USERNAME and the folder name count on Windows', () => {
    expect(accountIdentity(sources({ home: '/srv/svc', ownerUid: () => 0 })).usernames).toEqual(['root', 'svc']);
    const windows = accountIdentity(sources({ platform: 'win32', home: 'C:\\Users\\Tara.Kaur', env: { USERNAME: 'tkaur' }, processUser: () => undefined, passwd: () => undefined }));
    expect(windows).toEqual({ usernames: ['tkaur', 'Tara.Kaur'], fullName: undefined });
  });

  it('macOS: the full name comes from the directory', () => {
    const mac = accountIdentity(sources({ platform: 'darwin', home: '/Users/tkaur', processUser: () => 'tkaur', macFullName: (u) => (u === 'tkaur' ? 'Tara Kaur' : undefined) }));
    expect(mac).toEqual({ usernames: ['tkaur'], fullName: 'Tara Kaur' });
  });

  it('Windows: the full name comes from ADSI, asked for in the user\'s domain, for a real account name only', () => {
    const asked: string[] = [];
    const windowsFullName = (domain: string, user: string) => {
      asked.push(`${domain}/${user}`);
      return user === 'tkaur' ? '  Tara Kaur\r\n' : undefined;
    };
    const base = { platform: 'win32' as const, home: 'C:\\Users\\Tara.Kaur', processUser: () => undefined, passwd: () => undefined, windowsFullName };
    expect(accountIdentity(sources({ ...base, env: { USERNAME: 'tkaur', USERDOMAIN: 'CORP' } }))).toEqual({ usernames: ['tkaur', 'Tara.Kaur'], fullName: 'Tara Kaur' });
    expect(asked).toEqual(['CORP/tkaur']);
    asked.length = 0;
    // Run as SYSTEM for the signed-in user: SYSTEM and machine accounts are not asked about; a local account's domain is ".".
    expect(accountIdentity(sources({ ...base, env: { USERNAME: 'SYSTEM', USERDOMAIN: 'bad"domain' }, home: 'C:\\Users\\tkaur' })).fullName).toBe('Tara Kaur');
    expect(asked).toEqual(['./tkaur']);
  });
});
