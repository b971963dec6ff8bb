// The collect and write phases apart: analysis.json holds the triage, and what the user leaves out
// is absent from the zip and recorded as skipped.
import { count } from '../../../src-shared/plural-words.js';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectForBundle, writeCollectedBundle } from '../../../src-main/services/create-bundle.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const home = path.join(dir, 'home');
mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
const environment = fixtureEnvironment('linux', home, {}, new Date('2026-11-26T08:00:00Z'));
const report = { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T08:00:00Z', timeZone: 'UTC', action: 'dialing' as const, scope: 'only-me' as const };

describe('collectForBundle + writeCollectedBundle', () => {
  it('writes analysis.json with the same triage it returned', async () => {
    const collected = await collectForBundle({ report, environment, settings: { probes: false } });
    expect(collected.analysis.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['seed.one-user', 'repair.dialing']));
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'all.zip') });
    const { entries } = await readVerifiedBundle(bundle.path);
    expect(JSON.parse(entries.get('analysis.json')!.toString())).toEqual(collected.analysis);
    expect(entries.has('logs/zoom/home/zoom_stdout_stderr.log')).toBe(true);
  });

  it('leaves out excluded files and folders, records them as skipped, and keeps the required entries', async () => {
    const collected = await collectForBundle({ report, environment, settings: { probes: false } });
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'less.zip'), exclude: ['logs/zoom/', 'system.json', 'report.json'] });
    const { entries, manifest } = await readVerifiedBundle(bundle.path);
    expect([...entries.keys()].some((name) => name.startsWith('logs/zoom/'))).toBe(false);
    expect(entries.has('system.json')).toBe(false);
    expect(entries.has('report.json')).toBe(true);
    expect(manifest.skipped).toEqual(
      expect.arrayContaining([
        { source: 'system.json', reason: 'left out by the user before saving' },
        { source: 'logs/zoom/home/zoom_stdout_stderr.log', reason: 'left out by the user before saving' },
      ]),
    );
  });
});

describe('README.txt counts', () => {
  it('matches the manifest when a collected log vanished before writing', async () => {
    const logs = path.join(dir, 'rotating', '.zoom', 'logs');
    mkdirSync(logs, { recursive: true });
    writeFileSync(path.join(logs, 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
    const rotating = fixtureEnvironment('linux', path.join(dir, 'rotating'), {}, new Date('2026-11-26T08:00:00Z'));
    const collected = await collectForBundle({ report, environment: rotating, settings: { probes: false } });
    // Zoom rotated its log between collecting and saving (the review step can take minutes).
    rmSync(path.join(logs, 'zoom_stdout_stderr.log'));
    const bundle = await writeCollectedBundle(collected, { outPath: path.join(dir, 'vanished.zip') });
    const { entries, manifest } = await readVerifiedBundle(bundle.path);
    expect(manifest.skipped.map((s) => s.reason)).toContain('vanished or became unreadable before it could be read');
    expect(entries.get('README.txt')!.toString()).toContain(
      `${count(manifest.files.length, 'file')} listed in manifest.json with sha256; ${count(manifest.skipped.length, 'item')} left out`,
    );
  });
});
