import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();

function put(file: string, content = 'line\n'): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe('zoomLogsCollector', () => {
  it('lists Linux logs, skips never-collect files and does not follow symlinks', async () => {
    const home = path.join(root, 'linux');
    const logs = path.join(home, '.zoom', 'logs');
    put(path.join(logs, 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
    put(path.join(logs, 'run', 'zoom_1_a.log'));
    put(path.join(logs, 'secret.log.zenc'), '\u0000\u0001');
    put(path.join(logs, 'data.db'));
    put(path.join(logs, 'x.enc.db'));
    put(path.join(logs, 'a.db-journal'));
    symlinkSync('/etc', path.join(logs, 'escape'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', home)));
    expect(result.status).toBe('ok');
    expect(result.files.map((f) => [f.bundlePath, f.kind])).toEqual([
      ['logs/zoom/home/run/zoom_1_a.log', 'text'],
      ['logs/zoom/home/secret.log.zenc', 'binary'],
      ['logs/zoom/home/zoom_stdout_stderr.log', 'text'],
    ]);
    const reasons = Object.fromEntries(result.skipped.map((s) => [path.basename(s.source), s.reason]));
    expect(reasons).toMatchObject({
      'data.db': expect.stringContaining('Zoom Phone private data'),
      'x.enc.db': expect.stringContaining('encrypted'),
      'a.db-journal': expect.stringContaining('journal'),
      escape: 'symbolic link not followed',
    });
  });

  it('finds the Windows layout under APPDATA and skips the whole Zoom data folder', async () => {
    const home = path.join(root, 'win');
    const appData = path.join(home, 'AppData', 'Roaming');
    put(path.join(appData, 'Zoom', 'logs', 'zoom_memlog.log'));
    put(path.join(appData, 'Zoom', 'logs', 'data', 'x.log'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('win32', home, { APPDATA: appData })));
    expect(result.files.map((f) => f.bundlePath)).toEqual(['logs/zoom/appdata/zoom_memlog.log']);
    expect(result.skipped).toEqual([{ source: path.join(appData, 'Zoom', 'logs', 'data'), reason: expect.stringContaining('private data folder') }]);
  });

  it('finds the macOS log folder and the installer log', async () => {
    const home = path.join(root, 'mac');
    put(path.join(home, 'Library', 'Logs', 'zoom.us', 'zoom.log'));
    put(path.join(home, 'Library', 'Logs', 'zoominstall.log'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('darwin', home)));
    expect(result.files.map((f) => f.bundlePath)).toEqual(['logs/zoom/library-logs/zoom.log', 'logs/zoom/zoominstall/zoominstall.log']);
  });

  it('reports skipped, not failed, when Zoom has no logs here', async () => {
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', path.join(root, 'empty'))));
    expect(result).toMatchObject({ status: 'skipped', message: 'no Zoom Workplace log folder found', files: [] });
  });
});
