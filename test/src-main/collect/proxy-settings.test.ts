import { describe, expect, it } from 'vitest';
import { maskCredentials, readProxySettings } from '../../../src-main/collect/proxy-settings.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner, type RecordedCommand } from '../../helpers/fixture-runner.js';

const INTERNET_SETTINGS = 'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
const CONNECTIONS = `${INTERNET_SETTINGS}\\Connections /v DefaultConnectionSettings`;
const WINHTTP_SETTINGS = 'reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections /v WinHttpSettings';
const signal = new AbortController().signal;

function environmentWith(platform: 'win32' | 'darwin' | 'linux', table: Record<string, RecordedCommand>, env: Record<string, string> = {}) {
  return { ...fixtureEnvironment(platform, '/home/fixture', env), runCommand: fixtureRunner(table) };
}

/** A recorded Windows machine: corporate proxy with PAC and WPAD on, or everything direct. */
function windowsMachine(variant: 'proxy' | 'direct') {
  return environmentWith('win32', {
    [INTERNET_SETTINGS]: { stdoutFile: `win32/reg-query-internet-settings-${variant}.txt` },
    [CONNECTIONS]: { stdoutFile: `win32/reg-query-connections-wpad-${variant === 'proxy' ? 'on' : 'off'}.txt` },
    'netsh winhttp show proxy': { stdoutFile: `win32/netsh-winhttp-${variant}.txt` },
  });
}

describe('maskCredentials', () => {
  it('hides user and password in proxy URLs and leaves the rest', () => {
    expect(maskCredentials('http://pat:s3cret@proxy.corp.example:8080')).toBe('http://***@proxy.corp.example:8080');
    expect(maskCredentials('pat:s3cret@proxy:3128')).toBe('***@proxy:3128');
    expect(maskCredentials('proxy.corp.example:8080')).toBe('proxy.corp.example:8080');
    expect(maskCredentials('http://proxy/path@x')).toBe('http://proxy/path@x');
  });
});

describe('readProxySettings', () => {
  it('reads environment variables on every OS, masking credentials', async () => {
    const environment = environmentWith('linux', {}, { https_proxy: 'http://pat:s3cret@proxy.corp.example:3128', NO_PROXY: 'localhost,.corp.example' });
    const reading = await readProxySettings(environment, signal);
    expect(reading.settings).toEqual([
      { source: 'environment https_proxy', kind: 'proxy', value: 'http://***@proxy.corp.example:3128' },
      { source: 'environment NO_PROXY', kind: 'bypass', value: 'localhost,.corp.example' },
    ]);
    expect(JSON.stringify(reading)).not.toContain('s3cret');
  });

  it('Windows: Internet Settings proxy, PAC and WPAD, and the WinHTTP proxy', async () => {
    const reading = await readProxySettings(windowsMachine('proxy'), signal);
    expect(reading.settings).toEqual([
      { source: 'Windows Internet Settings', kind: 'proxy', value: 'proxy.corp.example:8080' },
      { source: 'Windows Internet Settings', kind: 'pac', value: 'http://pac.corp.example/proxy.pac' },
      { source: 'Windows Internet Settings', kind: 'bypass', value: '*.corp.example;<local>' },
      { source: 'Windows Internet Settings', kind: 'auto-detect', value: 'Automatically detect settings (WPAD) is on' },
      { source: 'WinHTTP', kind: 'proxy', value: 'proxy.corp.example:8080' },
      { source: 'WinHTTP', kind: 'bypass', value: '<local>;*.corp.example' },
    ]);
    expect(reading.read).toEqual(['environment variables', 'Windows Internet Settings', 'WinHTTP']);
  });

  it('Windows: proxy off, WPAD off, WinHTTP direct gives no settings, all sources read', async () => {
    const reading = await readProxySettings(windowsMachine('direct'), signal);
    expect(reading).toEqual({ settings: [], read: ['environment variables', 'Windows Internet Settings', 'WinHTTP'], unreadable: [] });
  });

  it("Windows: the registry's WinHttpSettings value is read first, whatever the display language", async () => {
    const environment = environmentWith('win32', {
      [INTERNET_SETTINGS]: { stdoutFile: 'win32/reg-query-internet-settings-direct.txt' },
      [WINHTTP_SETTINGS]: { stdoutFile: 'win32/reg-query-winhttpsettings-proxy.txt' },
    });
    const reading = await readProxySettings(environment, signal);
    expect(reading.settings).toEqual([
      { source: 'WinHTTP', kind: 'proxy', value: 'proxy.corp.example:8080' },
      { source: 'WinHTTP', kind: 'bypass', value: '<local>;*.corp.example' },
    ]);
    expect(environment.runCommand.calls).not.toContain('netsh winhttp show proxy');
  });

  it("Windows without the registry value: netsh's text in the console's code page (Japanese, French, Chinese)", async () => {
    for (const [chcp, netsh, proxy] of [
      ['win32/chcp-ja.cp932.txt', 'win32/netsh-winhttp-proxy-ja.cp932.txt', 'proxy.example.co.jp:8080'],
      ['win32/chcp-de.cp850.txt', 'win32/netsh-winhttp-proxy-fr.cp850.txt', 'proxy.local:8080'],
      [undefined, 'win32/netsh-winhttp-proxy-zh.cp936.txt', '127.0.0.1:7897'],
    ] as const) {
      const environment = environmentWith('win32', {
        'cmd /d /c chcp': chcp ? { stdoutFile: chcp } : { stdout: 'Active code page: 936\r\n' },
        [INTERNET_SETTINGS]: { stdoutFile: 'win32/reg-query-internet-settings-direct.txt' },
        'netsh winhttp show proxy': { stdoutFile: netsh },
      });
      const reading = await readProxySettings(environment, signal);
      expect(reading.settings, netsh).toEqual([{ source: 'WinHTTP', kind: 'proxy', value: proxy }]);
      expect(reading.unreadable).toEqual([]);
    }
  });

  it('Windows: netsh direct access in German, Japanese and Russian is read as no WinHTTP proxy', async () => {
    for (const [chcp, netsh] of [
      ['win32/chcp-de.cp850.txt', 'win32/netsh-winhttp-direct-de.cp850.txt'],
      ['win32/chcp-ja.cp932.txt', 'win32/netsh-winhttp-direct-ja.cp932.txt'],
      ['win32/chcp-ru.cp866.txt', 'win32/netsh-winhttp-direct-ru.cp866.txt'],
    ] as const) {
      const environment = environmentWith('win32', {
        'cmd /d /c chcp': { stdoutFile: chcp },
        [INTERNET_SETTINGS]: { stdoutFile: 'win32/reg-query-internet-settings-direct.txt' },
        'netsh winhttp show proxy': { stdoutFile: netsh },
      });
      expect(await readProxySettings(environment, signal), netsh).toEqual({ settings: [], read: ['environment variables', 'Windows Internet Settings', 'WinHTTP'], unreadable: [] });
    }
  });

  it('macOS: scutil --proxy with an HTTPS proxy, a PAC URL, WPAD and exceptions', async () => {
    const environment = environmentWith('darwin', { 'scutil --proxy': { stdoutFile: 'darwin/scutil-proxy-pac-and-https.txt' } });
    const reading = await readProxySettings(environment, signal);
    expect(reading.settings).toEqual([
      { source: 'scutil --proxy', kind: 'proxy', value: 'https proxy.corp.example:3128' },
      { source: 'scutil --proxy', kind: 'pac', value: 'http://wpad.corp.example/wpad.dat' },
      { source: 'scutil --proxy', kind: 'auto-detect', value: 'Auto Proxy Discovery (WPAD) is on' },
      { source: 'scutil --proxy', kind: 'bypass', value: '*.local, 169.254/16, *.corp.example' },
    ]);
  });

  it('macOS: no proxy configured', async () => {
    const reading = await readProxySettings(environmentWith('darwin', { 'scutil --proxy': { stdoutFile: 'darwin/scutil-proxy-none.txt' } }), signal);
    expect(reading).toEqual({ settings: [], read: ['environment variables', 'scutil --proxy'], unreadable: [] });
  });

  it('Linux: GNOME manual proxy per scheme with ignore-hosts', async () => {
    const environment = environmentWith('linux', {
      'gsettings get org.gnome.system.proxy mode': { stdout: "'manual'\n" },
      'gsettings get org.gnome.system.proxy.https host': { stdout: "'proxy.corp.example'\n" },
      'gsettings get org.gnome.system.proxy.https port': { stdout: '3128\n' },
      'gsettings get org.gnome.system.proxy.http host': { stdout: "'proxy.corp.example'\n" },
      'gsettings get org.gnome.system.proxy.http port': { stdout: '3128\n' },
      'gsettings get org.gnome.system.proxy.socks host': { stdout: "''\n" },
      'gsettings get org.gnome.system.proxy.socks port': { stdout: '0\n' },
      'gsettings get org.gnome.system.proxy ignore-hosts': { stdout: "['localhost', '127.0.0.0/8', '::1']\n" },
    });
    const reading = await readProxySettings(environment, signal);
    expect(reading.settings).toEqual([
      { source: 'gsettings org.gnome.system.proxy', kind: 'proxy', value: 'https proxy.corp.example:3128' },
      { source: 'gsettings org.gnome.system.proxy', kind: 'proxy', value: 'http proxy.corp.example:3128' },
      { source: 'gsettings org.gnome.system.proxy', kind: 'bypass', value: "['localhost', '127.0.0.0/8', '::1']" },
    ]);
  });

  it('Linux: GNOME auto mode with and without a PAC URL', async () => {
    const pac = await readProxySettings(environmentWith('linux', {
      'gsettings get org.gnome.system.proxy mode': { stdout: "'auto'\n" },
      'gsettings get org.gnome.system.proxy autoconfig-url': { stdout: "'http://pac.corp.example/proxy.pac'\n" },
    }), signal);
    expect(pac.settings).toEqual([{ source: 'gsettings org.gnome.system.proxy', kind: 'pac', value: 'http://pac.corp.example/proxy.pac' }]);
    const wpad = await readProxySettings(environmentWith('linux', {
      'gsettings get org.gnome.system.proxy mode': { stdout: "'auto'\n" },
      'gsettings get org.gnome.system.proxy autoconfig-url': { stdout: "''\n" },
    }), signal);
    expect(wpad.settings).toEqual([{ source: 'gsettings org.gnome.system.proxy', kind: 'auto-detect', value: 'mode auto without a URL (WPAD)' }]);
  });

  it('Linux without GNOME: gsettings missing or schema missing is not a failure', async () => {
    const missing = await readProxySettings(environmentWith('linux', {}), signal);
    expect(missing).toEqual({ settings: [], read: ['environment variables', 'gsettings org.gnome.system.proxy (not available)'], unreadable: [] });
    const noSchema = await readProxySettings(environmentWith('linux', { 'gsettings get org.gnome.system.proxy mode': { exitCode: 1, stderrFile: 'linux/gsettings-no-schema.stderr.txt' } }), signal);
    expect(noSchema.unreadable).toEqual([]);
  });

  it('Windows with reg and netsh failing: says what it could not read', async () => {
    const reading = await readProxySettings(environmentWith('win32', {}), signal);
    expect(reading.unreadable).toEqual(['Windows Internet Settings (not found)', 'WinHTTP (not found)']);
  });
});
