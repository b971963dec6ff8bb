// System queries are started by absolute path, and with an environment that keeps out of HOME.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemCommandEnvironment, systemCommandPath } from '../../../src-main/platform/system-command.js';

describe('systemCommandPath', () => {
  it('names Windows programs below %SystemRoot%, whatever PATH says', () => {
    const env = { SystemRoot: 'C:\\Windows', PATH: 'C:\\Users\\u\\bin' };
    expect(systemCommandPath('reg', 'win32', env)).toBe('C:\\Windows\\System32\\reg.exe');
    expect(systemCommandPath('netsh', 'win32', env)).toBe('C:\\Windows\\System32\\netsh.exe');
    expect(systemCommandPath('powershell.exe', 'win32', env)).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe');
    expect(systemCommandPath('REG.EXE', 'win32', env)).toBe('C:\\Windows\\System32\\reg.exe');
    expect(systemCommandPath('cmd', 'win32', env)).toBe('C:\\Windows\\System32\\cmd.exe');
    expect(systemCommandPath('ipconfig', 'win32', env)).toBe('C:\\Windows\\System32\\ipconfig.exe');
    expect(systemCommandPath('route', 'win32', env)).toBe('C:\\Windows\\System32\\route.exe');
    expect(systemCommandPath('curl', 'win32', env)).toBeUndefined();
    expect(systemCommandPath('constructor', 'win32', env)).toBeUndefined();
  });

  it('finds Linux and macOS programs in the system folders only, and keeps absolute names', () => {
    expect(systemCommandPath('sh', 'linux')).toMatch(/^\/(usr\/)?bin\/sh$/);
    expect(systemCommandPath('zpb-no-such-program', 'linux')).toBeUndefined();
    expect(systemCommandPath('./sh', 'linux')).toBeUndefined();
    expect(systemCommandPath(process.execPath, 'linux')).toBe(process.execPath);
  });
});

describe('systemCommandEnvironment', () => {
  it('keeps the variables a query needs, sets the C locale, and moves HOME, caches and runtime files to a private folder', () => {
    const env = systemCommandEnvironment('linux', { HOME: '/home/ann', https_proxy: 'http://proxy:3128', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' });
    expect(env).toMatchObject({ LC_ALL: 'C', LANG: 'C', https_proxy: 'http://proxy:3128', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus', XDG_CONFIG_HOME: path.join('/home/ann', '.config') });
    for (const name of ['HOME', 'XDG_CACHE_HOME', 'XDG_RUNTIME_DIR'] as const) expect(env[name]!.startsWith('/home/ann')).toBe(false);
    expect(systemCommandEnvironment('win32', { USERPROFILE: 'C:\\Users\\ann' })).toEqual({ USERPROFILE: 'C:\\Users\\ann', LC_ALL: 'C', LANG: 'C' });
  });
});
