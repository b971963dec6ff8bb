import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build as buildPlist, buildBinary as buildBinaryPlist } from 'plist';
import { describe, expect, it } from 'vitest';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { splitVersion, zoomVersionCollector } from '../../../src-main/collect/zoom-version-collector.js';
import { ZOOM_CLIENT_DISPLAY_NAME } from '../../../src-main/platform/zoom-version-sources.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner } from '../../helpers/fixture-runner.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const FIXTURE_INSTALLS = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'installs');
const UNINSTALL = 'Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const MSI_KEY = `HKEY_LOCAL_MACHINE\\${UNINSTALL}\\{A1B2C3D4-5E6F-4A1B-9C8D-7E6F5A4B3C2D}`;
const missingKey = { exitCode: 1, stderrFile: 'win32/reg-query-missing-key.stderr.txt' };
const noMatch = { exitCode: 1, stdoutFile: 'win32/reg-query-no-match.txt' };

function put(file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe('splitVersion', () => {
  it('splits the build from "6.3.0 (52884)" and from a dotted part of four digits or more', () => {
    expect(splitVersion('6.3.0 (52884)')).toEqual({ version: '6.3.0', build: '52884' });
    expect(splitVersion('6.3.0.4432')).toEqual({ version: '6.3.0', build: '4432' });
  });
});

describe('zoomVersionCollector on Windows', () => {
  it('reads the per-user ZoomUMX uninstall key first, and lists the MSI entry too', async () => {
    const runCommand = fixtureRunner({
      [`reg query HKCU\\${UNINSTALL}\\ZoomUMX`]: { stdoutFile: 'win32/reg-query-hkcu-zoomumx.txt' },
      [`reg query HKLM\\${UNINSTALL} /s /f Zoom /d`]: { stdoutFile: 'win32/reg-query-hklm-uninstall-search.txt' },
      [`reg query ${MSI_KEY}`]: { stdoutFile: 'win32/reg-query-hklm-zoom-msi.txt' },
      [`reg query HKLM\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall /s /f Zoom /d`]: noMatch,
    });
    const environment = { ...fixtureEnvironment('win32', root), runCommand };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result.status).toBe('ok');
    expect(result.data).toMatchObject({
      version: '6.3.0',
      build: '52884',
      installKind: 'per-user installer',
      source: `HKCU\\${UNINSTALL}\\ZoomUMX DisplayVersion`,
      installLocation: 'C:\\Users\\pat\\AppData\\Roaming\\Zoom\\bin',
    });
    expect(result.data?.checked.map((c) => [c.id, c.outcome, c.raw])).toEqual([
      ['hkcu-zoomumx', 'found', '6.3.0 (52884)'],
      ['hklm-uninstall', 'found', '6.2.11.51233'],
      ['hklm-uninstall-wow64', 'absent', undefined],
    ]);
  });

  it('falls back to the MSI entry when there is no per-user install', async () => {
    const runCommand = fixtureRunner({
      [`reg query HKCU\\${UNINSTALL}\\ZoomUMX`]: missingKey,
      [`reg query HKLM\\${UNINSTALL} /s /f Zoom /d`]: { stdoutFile: 'win32/reg-query-hklm-uninstall-search.txt' },
      [`reg query ${MSI_KEY}`]: { stdoutFile: 'win32/reg-query-hklm-zoom-msi.txt' },
    });
    const result = await runCollector(zoomVersionCollector, collectContext({ ...fixtureEnvironment('win32', root), runCommand }));
    expect(result.data).toMatchObject({ version: '6.2.11', build: '51233', installKind: 'MSI (all users)', installLocation: 'C:\\Program Files\\Zoom\\', source: `${MSI_KEY} DisplayVersion` });
  });
});

describe('zoomVersionCollector on Windows, machine-wide MSI installs under their other names', () => {
  const runWith = (search: string, key: string, detail: string) =>
    runCollector(
      zoomVersionCollector,
      collectContext({
        ...fixtureEnvironment('win32', root),
        runCommand: fixtureRunner({
          [`reg query HKCU\\${UNINSTALL}\\ZoomUMX`]: missingKey,
          [`reg query HKLM\\${UNINSTALL} /s /f Zoom /d`]: { stdoutFile: search },
          [`reg query HKEY_LOCAL_MACHINE\\${UNINSTALL}\\${key}`]: { stdoutFile: detail },
          [`reg query HKLM\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall /s /f Zoom /d`]: noMatch,
        }),
      }),
    );

  it('"Zoom(64bit)" with its MSI version 5.13.12602: 5.13.x build 12602; the Outlook plug-in is not the client', async () => {
    const result = await runWith('win32/reg-query-hklm-uninstall-search-zoom64bit.txt', '{86B70A45-00A6-4CBD-97A8-464A1254D179}', 'win32/reg-query-hklm-zoom64bit-msi.txt');
    expect(result).toMatchObject({ status: 'ok', message: 'Zoom Workplace 5.13.x (12602) (MSI (all users))' });
    expect(result.data).toMatchObject({ version: '5.13.x', build: '12602', installKind: 'MSI (all users)' });
    expect(result.data?.checked.filter((c) => c.id === 'hklm-uninstall')).toHaveLength(1);
  });

  it('"Zoom Workplace (64-bit)" MSI 6.1.43316: 6.1.x build 43316', async () => {
    const result = await runWith('win32/reg-query-hklm-uninstall-search-zoom-workplace-msi.txt', '{6FC53F6B-CC58-43A0-B23E-84B95825CBFE}', 'win32/reg-query-hklm-zoom-workplace-msi-6.1.txt');
    expect(result.data).toMatchObject({ version: '6.1.x', build: '43316', installLocation: 'C:\\Program Files\\Zoom\\' });
  });

  it('knows the client by its display names, and nothing else that says Zoom', () => {
    for (const name of ['Zoom(64bit)', 'Zoom(32bit)', 'Zoom (64-bit)', 'Zoom (32-bit)', 'Zoom Workplace (64-bit)', 'Zoom Workplace (32-bit)', 'Zoom', 'Zoom Workplace']) {
      expect(ZOOM_CLIENT_DISPLAY_NAME.test(name), name).toBe(true);
    }
    for (const name of ['Zoom Outlook Plugin', 'Zoom Rooms', 'Zoom Plugin for Microsoft Outlook', 'ZoomInfo Chrome Extension', 'Zoom Workplace VDI Plugin']) {
      expect(ZOOM_CLIENT_DISPLAY_NAME.test(name), name).toBe(false);
    }
  });
});

describe('zoomVersionCollector on macOS', () => {
  it('reads the XML Info.plist of /Applications/zoom.us.app and notes the IT package', async () => {
    const environment = { ...fixtureEnvironment('darwin', path.join(root, 'mac-home')), rootDir: path.join(FIXTURE_INSTALLS, 'darwin'), runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result.data).toMatchObject({ version: '6.3.0', build: '52884', installKind: 'macOS app', itPackage: true });
    expect(result.data?.source).toBe(path.join(FIXTURE_INSTALLS, 'darwin', 'Applications', 'zoom.us.app', 'Contents', 'Info.plist') + ' CFBundleShortVersionString');
  });

  it('reads a binary Info.plist in ~/Applications and joins version and build', async () => {
    const home = path.join(root, 'mac-user');
    const plist = buildBinaryPlist({ CFBundleShortVersionString: '6.1.5', CFBundleVersion: '39440' });
    put(path.join(home, 'Applications', 'zoom.us.app', 'Contents', 'Info.plist'), Buffer.from(plist));
    const environment = { ...fixtureEnvironment('darwin', home), rootDir: path.join(root, 'empty-root'), runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result.data).toMatchObject({ version: '6.1.5', build: '39440', installKind: 'macOS app (per user)', itPackage: false });
  });

  it('says partial, naming the file, when an Info.plist has no version', async () => {
    const rootDir = path.join(root, 'mac-broken');
    put(path.join(rootDir, 'Applications', 'zoom.us.app', 'Contents', 'Info.plist'), buildPlist({ CFBundleName: 'zoom.us' }));
    const environment = { ...fixtureEnvironment('darwin', path.join(root, 'nobody')), rootDir, runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result).toMatchObject({ status: 'partial', message: 'no Zoom Workplace install found; could not read: applications (no CFBundleShortVersionString)' });
    expect(result.data?.version).toBeNull();
  });
});

describe('zoomVersionCollector on Linux', () => {
  it('prefers the deb package and records what Flatpak and Snap said', async () => {
    const runCommand = fixtureRunner({
      'dpkg-query -W -f=${Version} zoom': { stdoutFile: 'linux/dpkg-query-zoom.txt' },
      'rpm -q --qf %{VERSION} zoom': { exitCode: 1, stdoutFile: 'linux/rpm-not-installed.txt' },
      'flatpak info us.zoom.Zoom': { stdoutFile: 'linux/flatpak-info-zoom.txt' },
      'snap list zoom-client': { stdoutFile: 'linux/snap-list-zoom-client.txt' },
    });
    const environment = { ...fixtureEnvironment('linux', root), rootDir: path.join(root, 'no-root'), runCommand };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result.data).toMatchObject({ version: '6.3.0', build: '4432', installKind: 'deb package', source: 'dpkg-query -W -f=${Version} zoom' });
    expect(result.data?.checked.map((c) => [c.id, c.outcome, c.raw ?? null])).toEqual([
      ['dpkg', 'found', '6.3.0.4432'],
      ['rpm', 'absent', null],
      ['opt-version-txt', 'absent', null],
      ['flatpak', 'found', '6.3.1.5673'],
      ['snap', 'found', '6.3.1.5673'],
    ]);
  });

  it('reads /opt/zoom/version.txt when no package manager knows Zoom', async () => {
    const rootDir = path.join(root, 'linux-root');
    put(path.join(rootDir, 'opt', 'zoom', 'version.txt'), '6.2.6.2503\n');
    const runCommand = fixtureRunner({ 'dpkg-query -W -f=${Version} zoom': { exitCode: 1, stderrFile: 'linux/dpkg-query-not-installed.stderr.txt' } });
    const result = await runCollector(zoomVersionCollector, collectContext({ ...fixtureEnvironment('linux', root), rootDir, runCommand }));
    expect(result.data).toMatchObject({ version: '6.2.6', build: '2503', installKind: '/opt/zoom install' });
  });

  it('falls back to the version in the log header', async () => {
    const home = path.join(root, 'linux-logs-only');
    put(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'ZoomLauncher started.\nLinux Client Version is 5.4.57862.0110\n');
    const environment = { ...fixtureEnvironment('linux', home), rootDir: path.join(root, 'no-root'), runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result).toMatchObject({ status: 'ok', message: 'Zoom Workplace 5.4.x (57862) (unknown (read from a log header))' });
    expect(result.data).toMatchObject({ version: '5.4.x', build: '57862', source: path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log') });
  });

  it('reads no FIFO, device or link in the log folder, and no version file that is not a regular file', async () => {
    const home = path.join(root, 'linux-hostile');
    const logs = path.join(home, '.zoom', 'logs');
    const outside = path.join(root, 'outside.log');
    put(outside, 'client version: 9.9.9 (1)\n');
    put(path.join(logs, 'zz-real.log'), 'Client version: 6.1.0 (100)\n');
    // Sorted before the real one: each would be read first if it were read at all.
    execFileSync('mkfifo', [path.join(logs, 'aa-fifo.log')]);
    symlinkSync(outside, path.join(logs, 'ab-link.log'));
    symlinkSync('/dev/zero', path.join(logs, 'ac-zero.log'));
    const rootDir = path.join(root, 'hostile-root');
    mkdirSync(path.join(rootDir, 'opt', 'zoom'), { recursive: true });
    execFileSync('mkfifo', [path.join(rootDir, 'opt', 'zoom', 'version.txt')]);
    const environment = { ...fixtureEnvironment('linux', home), rootDir, runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result.data).toMatchObject({ version: '6.1.0', build: '100', source: path.join(logs, 'zz-real.log') });
    expect(result.data?.checked).toContainEqual(expect.objectContaining({ id: 'opt-version-txt', outcome: 'error', detail: 'not a regular file' }));
  });

  it('reads the user agent in cef.log', async () => {
    const home = path.join(root, 'linux-cef');
    put(path.join(home, '.zoom', 'logs', 'cef.log'), '[0110/101010.123:INFO] UA: Mozilla/5.0 (X11; Linux x86_64) Zoom/7.1.5 (4332) Chrome/120\n');
    const environment = { ...fixtureEnvironment('linux', home), rootDir: path.join(root, 'no-root'), runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result.data).toMatchObject({ version: '7.1.5', build: '4332' });
  });

  it('is skipped, not failed, when Zoom is nowhere', async () => {
    const environment = { ...fixtureEnvironment('linux', path.join(root, 'none')), rootDir: path.join(root, 'no-root'), runCommand: fixtureRunner({}) };
    const result = await runCollector(zoomVersionCollector, collectContext(environment));
    expect(result).toMatchObject({ status: 'skipped', message: 'no Zoom Workplace install found' });
    expect(result.data?.version).toBeNull();
  });
});
