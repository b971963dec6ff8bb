import { execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, mkdirSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { createZoomLogsCollector, zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import type { Environment } from '../../../src-main/platform/environment.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
const now = new Date('2026-03-10T12:00:00Z');
const HOUR = 3600_000;

/** Writes a file and sets its modification time to `ageHours` before `now`. */
function put(file: string, content: string | Buffer = 'line\n', ageHours = 1): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  const when = new Date(now.getTime() - ageHours * HOUR);
  utimesSync(file, when, when);
}

describe('zoomLogsCollector', () => {
  it('lists Linux logs, skips never-collect files and does not follow symlinks', async () => {
    const home = path.join(root, 'linux');
    const logs = path.join(home, '.zoom', 'logs');
    put(path.join(logs, 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
    put(path.join(logs, 'run', 'zoom_1_a.log'));
    put(path.join(logs, 'secret.log.zenc'), '\u0000\u0001');
    put(path.join(logs, 'minidump.log'), Buffer.from([0x4d, 0x44, 0x4d, 0x50, 0x93, 0xa7, 0, 0, 0, 0, 0x0c, 0, 0, 0, 0x20, 0, 0, 0]));
    put(path.join(logs, 'data.db'));
    put(path.join(logs, 'x.enc.db'));
    put(path.join(logs, 'a.db-journal'));
    symlinkSync('/etc', path.join(logs, 'escape'));
    symlinkSync(logs, path.join(logs, 'run', 'loop'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', home, {}, now)));
    expect(result.status).toBe('ok');
    expect(result.files.map((f) => [f.bundlePath, f.kind])).toEqual([
      ['logs/zoom/home/minidump.log', 'binary'],
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
      loop: 'symbolic link not followed',
    });
  });

  it('applies the window from the incident time, not from now', async () => {
    const home = path.join(root, 'window');
    const logs = path.join(home, '.zoom', 'logs');
    put(path.join(logs, 'during.log'), 'x\n', 100); // 100 h before now = 4 h before the incident
    put(path.join(logs, 'before.log'), 'x\n', 200);
    const occurredAt = new Date(now.getTime() - 96 * HOUR).toISOString();
    const context = collectContext(fixtureEnvironment('linux', home, {}, now), { report: { occurredAt }, settings: { logWindowHours: 24 } });
    const result = await runCollector(zoomLogsCollector, context);
    expect(result.files.map((f) => path.basename(f.sourcePath))).toEqual(['during.log']);
    expect(result.skipped).toEqual([{ source: path.join(logs, 'before.log'), reason: expect.stringMatching(/^outside the time window/) }]);
    expect(result.data?.window).toEqual({ from: '2026-03-05T12:00:00.000Z', to: now.toISOString(), hours: 24 });
  });

  it('cuts a big text file to its newest bytes, starting on a whole line', async () => {
    const home = path.join(root, 'cap');
    const lines = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(20)}\n`).join('');
    put(path.join(home, '.zoom', 'logs', 'big.log'), lines);
    const context = collectContext(fixtureEnvironment('linux', home, {}, now), { settings: { maxFileBytes: 1000 } });
    const result = await runCollector(zoomLogsCollector, context);
    const file = result.files[0]!;
    expect(file).toMatchObject({ truncated: true, end: lines.length });
    expect(lines.slice(file.start)).toMatch(/^line \d{3} x+\n/);
    expect(lines.length - file.start).toBeLessThanOrEqual(1000);
    expect(lines[file.start - 1]).toBe('\n');
    expect(result.message).toMatch(/1 cut to their newest bytes/);
  });

  it('skips a named pipe instead of blocking on it', async () => {
    const logs = path.join(root, 'fifo', '.zoom', 'logs');
    put(path.join(logs, 'zoom.log'));
    execFileSync('mkfifo', [path.join(logs, 'pipe.log')]);
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', path.join(root, 'fifo'), {}, now)));
    expect(result.files.map((f) => path.basename(f.sourcePath))).toEqual(['zoom.log']);
    expect(result.skipped).toEqual([{ source: path.join(logs, 'pipe.log'), reason: 'not a regular file' }]);
  });

  it('gives a log whose name holds a backslash (legal on Linux and macOS) a zip-safe name, and the bundle is written', async () => {
    const home = path.join(root, 'backslash');
    const logs = path.join(home, '.zoom', 'logs');
    put(path.join(logs, 'zoom\\phone.log'), 'first\n');
    put(path.join(logs, 'zoom_phone.log'), 'second\n');
    const environment = fixtureEnvironment('linux', home, {}, now);
    const result = await runCollector(zoomLogsCollector, collectContext(environment));
    expect(result.files.map((f) => f.bundlePath).sort()).toEqual(['logs/zoom/home/zoom_phone.log', 'logs/zoom/home/zoom_phone~2.log']);
    // Zip tools turn "\\" into a folder separator; the writer waited forever for the entry under its old name.
    const bundle = await createBundle({ report: { occurredAt: now.toISOString(), timeZone: 'UTC' }, outPath: path.join(root, 'backslash.zip'), environment, collectors: [zoomLogsCollector] });
    const { entries } = await readVerifiedBundle(bundle.path);
    expect([...entries.keys()].filter((name) => name.startsWith('logs/zoom/')).map((name) => entries.get(name)!.toString()).sort()).toEqual(['first\n', 'second\n']);
  });

  it('gives a result for a huge folder, saying where it stopped listing', async () => {
    const home = path.join(root, 'huge');
    for (let i = 0; i < 30; i++) put(path.join(home, '.zoom', 'logs', `f${String(i).padStart(2, '0')}.log`));
    const result = await runCollector(createZoomLogsCollector({ maxEntries: 20 }), collectContext(fixtureEnvironment('linux', home, {}, now)));
    expect(result.files).toHaveLength(20);
    expect(result.skipped).toEqual([{ source: path.join(home, '.zoom', 'logs'), reason: expect.stringMatching(/^listing stopped after 20 entries/) }]);
  });

  it('stops a listing that takes too long (a tree that never ends), saying where and why, once', async () => {
    const home = path.join(root, 'slow');
    for (let i = 0; i < 5; i++) put(path.join(home, '.zoom', 'logs', `d${i}`, 'x.log'));
    // A zero budget: the listing is already over time at its first entry.
    const result = await runCollector(createZoomLogsCollector({ maxWalkMs: 0 }), collectContext(fixtureEnvironment('linux', home, {}, now)));
    expect(result.files).toEqual([]);
    expect(result.skipped).toEqual([{ source: path.join(home, '.zoom', 'logs'), reason: 'listing stopped after 0 ms; the rest of this folder was not looked at' }]);
  });

  it('finds the Windows layout under APPDATA and skips the whole Zoom data folder', async () => {
    const home = path.join(root, 'win');
    const appData = path.join(home, 'AppData', 'Roaming');
    put(path.join(appData, 'Zoom', 'logs', 'zoom_memlog.log'));
    put(path.join(appData, 'Zoom', 'logs', 'data', 'x.log'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('win32', home, { APPDATA: appData }, now)));
    expect(result.files.map((f) => f.bundlePath)).toEqual(['logs/zoom/appdata/zoom_memlog.log']);
    expect(result.skipped).toEqual([{ source: path.join(appData, 'Zoom', 'logs', 'data'), reason: expect.stringContaining('private data folder') }]);
  });

  it('follows a log folder that is itself a link (logs moved to another disk), but no link inside it', async () => {
    const home = path.join(root, 'linked-home');
    const moved = path.join(root, 'other-disk', 'zoom-logs');
    put(path.join(moved, 'zoom_stdout_stderr.log'));
    symlinkSync(path.join(root, 'secrets'), path.join(moved, 'escape'));
    mkdirSync(path.join(home, '.zoom'), { recursive: true });
    symlinkSync(moved, path.join(home, '.zoom', 'logs'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', home, {}, now)));
    expect(result.files.map((f) => f.bundlePath)).toEqual(['logs/zoom/home/zoom_stdout_stderr.log']);
    expect(result.skipped).toContainEqual({ source: path.join(home, '.zoom', 'logs', 'escape'), reason: 'symbolic link not followed' });
    expect((result.data as { locations: { id: string; linkedTo?: string }[] }).locations.find((l) => l.id === 'home')?.linkedTo).toBe(moved);
  });

  it.skipIf(process.geteuid?.() !== 0)("does not follow a log folder linked into another account's folder (a root run for a user, turned around)", async () => {
    // As root, "another account" is any non-root uid; as the user after a root run's drop, root is (cli/root-for-user.test.ts).
    const home = path.join(root, 'hostile-home');
    const theirs = path.join(root, 'their-folder');
    put(path.join(theirs, 'secret.log'), 'root:$6$saltsalt$hash:19000:0:99999:7:::\n');
    chownSync(theirs, 54_329, 54_329);
    mkdirSync(path.join(home, '.zoom'), { recursive: true });
    symlinkSync(theirs, path.join(home, '.zoom', 'logs'));
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', home, {}, now)));
    expect(result.files).toEqual([]);
    expect(result.skipped).toContainEqual({ source: path.join(home, '.zoom', 'logs'), reason: "a symbolic link to uid 54329's folder (not followed)" });
  });

  it('reports skipped, not failed, when Zoom has no logs here', async () => {
    const result = await runCollector(zoomLogsCollector, collectContext(fixtureEnvironment('linux', path.join(root, 'empty'), {}, now)));
    expect(result).toMatchObject({ status: 'skipped', message: 'no Zoom Workplace log folder found', files: [] });
  });
});

/** A fixture home per OS layout, each with an in-window log, an old log, a big log and a database. */
const layouts: { platform: 'win32' | 'darwin' | 'linux'; logDir: (home: string) => string; env: (home: string) => Record<string, string>; extra: (home: string) => string[] }[] = [
  { platform: 'win32', logDir: (h) => path.join(h, 'AppData', 'Roaming', 'Zoom', 'logs'), env: (h) => ({ APPDATA: path.join(h, 'AppData', 'Roaming') }), extra: () => [] },
  { platform: 'darwin', logDir: (h) => path.join(h, 'Library', 'Logs', 'zoom.us'), env: () => ({}), extra: (h) => [path.join(h, 'Library', 'Logs', 'zoominstall.log')] },
  { platform: 'linux', logDir: (h) => path.join(h, 'snap', 'zoom-client', 'current', '.zoom', 'logs'), env: () => ({}), extra: () => [] },
];
const bundleDirOf = { win32: 'logs/zoom/appdata', darwin: 'logs/zoom/library-logs', linux: 'logs/zoom/snap' };

describe.each(layouts)('a $platform fixture home in a real bundle', ({ platform, logDir, env, extra }) => {
  it('holds the in-window logs, the tail of the big one, and skipped entries with reasons', async () => {
    const home = path.join(root, `bundle-${platform}`);
    const logs = logDir(home);
    const big = `${'old line\n'.repeat(300)}${'new line\n'.repeat(100)}`;
    put(path.join(logs, 'zoom_20260310.log'), 'sip: REGISTER 403\n', 2);
    put(path.join(logs, 'zoom_20260301.log'), 'too old\n', 200);
    put(path.join(logs, 'big.log'), big, 3);
    put(path.join(logs, 'crash.log.zenc'), Buffer.from([0, 1, 2, 255]), 4);
    put(path.join(logs, 'data.db'), 'private', 1);
    put(path.join(logs, 'zoomus.zmdb.default.noenc.rlock.db-journal'), 'j', 1);
    for (const file of extra(home)) put(file, 'installer\n', 5);
    const gone = path.join(logs, 'gone.log');
    put(gone, 'deleted before the read\n', 1);
    const environment: Environment = fixtureEnvironment(platform, home, env(home), now);
    // Delete one file between listing and reading: the bundle still gets written and says so.
    const collector = { ...zoomLogsCollector, run: async (ctx: Parameters<typeof zoomLogsCollector.run>[0]) => {
      const output = await zoomLogsCollector.run(ctx);
      unlinkSync(gone);
      appendFileSync(path.join(logs, 'zoom_20260310.log'), 'written after the listing\n');
      return output;
    } };
    const bundle = await createBundle({
      report: { occurredAt: now.toISOString(), timeZone: 'UTC' },
      outPath: path.join(root, `bundle-${platform}.zip`),
      environment,
      collectors: [collector],
      settings: { maxFileBytes: 1000 },
    });
    const { manifest, entries } = await readVerifiedBundle(bundle.path);
    const dir = bundleDirOf[platform];
    const zoomFiles = manifest.files.filter((f) => f.path.startsWith('logs/zoom/'));
    const expected = [`${dir}/big.log`, `${dir}/crash.log.zenc`, `${dir}/zoom_20260310.log`];
    if (platform === 'darwin') expected.push('logs/zoom/zoominstall/zoominstall.log');
    expect(zoomFiles.map((f) => f.path)).toEqual(expected);
    expect(zoomFiles.find((f) => f.path.endsWith('big.log'))).toMatchObject({ truncated: true, kind: 'text' });
    // 3600 bytes capped to 1000: the cut at 2600 falls mid-line, so the copy starts at the next line (2601).
    expect(entries.get(`${dir}/big.log`)!.toString()).toBe(`${'old line\n'.repeat(11)}${'new line\n'.repeat(100)}`);
    expect(zoomFiles.find((f) => f.path.endsWith('.zenc'))).toMatchObject({ kind: 'binary', bytes: 4 });
    // Growth after the listing is not copied: the bundle holds the file as it was when found.
    expect(entries.get(`${dir}/zoom_20260310.log`)!.toString()).toBe('sip: REGISTER 403\n');
    expect([...entries.get(`${dir}/crash.log.zenc`)!]).toEqual([0, 1, 2, 255]);
    const reasonOf = (name: string) => manifest.skipped.find((s) => path.basename(s.source) === name)?.reason;
    expect(reasonOf('data.db')).toBe('never collected: Zoom Phone private data');
    expect(reasonOf('zoomus.zmdb.default.noenc.rlock.db-journal')).toBe('never collected: database journal');
    expect(reasonOf('zoom_20260301.log')).toMatch(/^outside the time window/);
    expect(reasonOf('big.log')).toMatch(/^oldest .* left out: over the 1000 bytes per-file cap/);
    expect(reasonOf('gone.log')).toBe('vanished or became unreadable before it could be read');
    expect(entries.has(`${dir}/data.db`)).toBe(false);
    const system = JSON.parse(entries.get('system.json')!.toString());
    expect(system.zoomLogs).toMatchObject({ found: platform === 'darwin' ? 6 : 5, truncated: 1 });
    expect(manifest.collectors).toEqual([{ id: 'zoom-logs', status: 'ok', durationMs: expect.any(Number), message: expect.stringContaining('cut to their newest bytes') }]);
  });
});
