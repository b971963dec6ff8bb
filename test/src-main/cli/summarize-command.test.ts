// `zpb summarize` as users run it: the real binary on a folder of real bundles (searched
// recursively), text and JSON output, exit codes, and bad usage in one line.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseWindow } from '../../../src-main/cli/summarize-command.js';
import { fleetSummarySchema } from '../../../src-shared/fleet/fleet-summary.js';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { runCli, startCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const inbox = path.join(dir, 'inbox');
const good = path.join(dir, 'good');

beforeAll(async () => {
  mkdirSync(path.join(inbox, 'site-a'), { recursive: true });
  mkdirSync(path.join(inbox, 'site-b', 'deeper'), { recursive: true });
  mkdirSync(good);
  await Promise.all([
    writeFleetBundle(path.join(inbox, 'site-a'), 'ann.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z', proxy: 'proxy', zoomVersion: '6.3.0' }),
    writeFleetBundle(path.join(inbox, 'site-a'), 'bob.zip', { user: 'bob', occurredAt: '2026-11-26T08:30:00Z', proxy: 'proxy', zoomVersion: '6.2.5' }),
    writeFleetBundle(path.join(inbox, 'site-b', 'deeper'), 'cy.ZIP', { user: 'cy', occurredAt: '2026-11-26T09:00:00Z', proxy: 'proxy', zoomVersion: '6.1.0' }),
    writeFleetBundle(path.join(inbox, 'site-b'), 'dee.zip', { user: 'dee', occurredAt: '2026-11-26T12:00:00Z', errorText: 'Sign-in failed (code: 1001403)', action: 'sign-in' }),
    writeFleetBundle(good, 'one.zip', { user: 'eve', occurredAt: '2026-11-26T08:00:00Z' }),
  ]);
  writeFileSync(path.join(inbox, 'site-b', 'notes.zip'), 'hello');
  writeFileSync(path.join(inbox, 'site-b', 'notes.txt'), 'not read: not a .zip');
});

describe('zpb summarize', () => {
  it('prints groups with verdicts and evidence, then the files not counted; exit 1 when some were not counted', async () => {
    const run = await runCli(['summarize', 'inbox'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('4 bundles in 2 groups; episodes split where incidents are more than 2h apart; 1 file not counted');
    expect(run.stdout).toContain('Group 1: code 400, action dialing: "call failed (code: <num>)"');
    expect(run.stdout).toContain('  3 bundles, 3 reporters, 3 devices, 2026-11-26 08:00 UTC to 2026-11-26 09:00 UTC');
    expect(run.stdout).toContain('  Verdict: shared-network\n    - 3 reporters on 3 devices\n    - all 3 bundles behind a proxy (verdict proxy)');
    expect(run.stdout).toContain('Group 2: code 403, action sign-in');
    expect(run.stdout).toContain(`Not counted:\n  ${path.join('inbox', 'site-b', 'notes.zip')}: not a readable zip`);
  });

  it('--json prints the summary in its schema; --window splits episodes', async () => {
    const run = await runCli(['summarize', '--json', '--window', '45m', path.join(dir, 'inbox')], { cwd: dir });
    expect(run.code).toBe(1);
    const summary = fleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(summary.windowMinutes).toBe(45);
    expect(summary.groups[0]).toMatchObject({ fingerprint: '400|dialing|call failed (code: <num>)', errorCode: '400', action: 'dialing', bundles: 3, reporters: 3, devices: 3, verdict: 'shared-network' });
    expect(summary.groups[0]!.episodes.map((e) => e.bundles)).toEqual([3]);
    expect(summary.invalid).toEqual([{ path: path.join(inbox, 'site-b', 'notes.zip'), reason: expect.stringMatching(/^not a readable zip/) }]);
    const split = fleetSummarySchema.parse(JSON.parse((await runCli(['summarize', '--json', '--window', '29m', 'inbox'], { cwd: dir })).stdout));
    expect(split.groups[0]!.episodes.map((e) => e.bundles)).toEqual([1, 1, 1]);
  });

  it('exit 0 when every file is a good bundle', async () => {
    const run = await runCli(['summarize', path.join(good, 'one.zip')], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Verdict: insufficient');
  });

  it('bad usage: one line and exit 2', async () => {
    for (const args of [['summarize'], ['summarize', 'nowhere'], ['summarize', '--window', '2x', 'inbox'], ['summarize', '--bogus', 'inbox'], ['summarize', path.join(dir, 'empty')]]) {
      if (args.includes(path.join(dir, 'empty'))) mkdirSync(path.join(dir, 'empty'), { recursive: true });
      const run = await runCli(args, { cwd: dir });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^zpb: [^\n]+\n$/);
    }
  });
});

describe('parseWindow', () => {
  it('takes minutes, hours and days within 1m..7d', () => {
    expect(parseWindow(undefined)).toBe(120);
    expect(parseWindow('90m')).toBe(90);
    expect(parseWindow('2h')).toBe(120);
    expect(parseWindow('1d')).toBe(1440);
    for (const bad of ['0m', '8d', '2', '1.5h', 'h', '-2h', '2 hours']) expect(() => parseWindow(bad), bad).toThrow(/--window/);
  });
});

describe.runIf(process.platform === 'linux')('zpb summarize on files it cannot read', () => {
  // Permissions bind only an account that is not root: the run is as "nobody" when the tests run as root.
  const asNobody = process.getuid?.() === 0 && existsSync('/usr/bin/setpriv') ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : undefined;

  it('lists a FIFO named *.zip as not read, with why, and counts the rest', async () => {
    const folder = path.join(dir, 'with-fifo');
    mkdirSync(folder);
    await writeFleetBundle(folder, 'a.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
    execFileSync('mkfifo', [path.join(folder, 'pipe.zip')]);
    const run = await runCli(['summarize', 'with-fifo'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('1 bundle in 1 group; episodes split where incidents are more than 2h apart; 1 file not counted');
    expect(run.stdout).toContain('\nNot counted:\n  with-fifo/pipe.zip: not a regular file (it is a FIFO), so it was not read\n');
  });

  it.runIf(asNobody !== undefined)('says in words which files and folders it could not read (no raw EACCES line), and goes on with the others', async () => {
    const folder = path.join(dir, 'locked-inbox');
    mkdirSync(path.join(folder, 'locked'), { recursive: true });
    await writeFleetBundle(folder, 'a.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
    await writeFleetBundle(folder, 'b.zip', { user: 'bob', occurredAt: '2026-11-26T08:10:00Z' });
    await writeFleetBundle(path.join(folder, 'locked'), 'c.zip', { user: 'cy', occurredAt: '2026-11-26T08:20:00Z' });
    for (const p of [dir, folder]) chmodSync(p, 0o755);
    chmodSync(path.join(folder, 'a.zip'), 0o644);
    chmodSync(path.join(folder, 'b.zip'), 0o000);
    chmodSync(path.join(folder, 'locked'), 0o700);
    const run = await startCli(['summarize', folder, '--json'], { cwd: dir, command: asNobody }).done;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const summary = fleetSummarySchema.parse(JSON.parse(run.stdout));
    expect(summary.bundles.map((b) => path.basename(b.path))).toEqual(['a.zip']);
    expect(summary.invalid).toEqual([
      { path: path.join(folder, 'b.zip'), reason: 'cannot be read: no permission to read it (EACCES)' },
      { path: path.join(folder, 'locked'), reason: 'this folder could not be searched: no permission to list it (EACCES)' },
    ]);
  });
});

describe('zpb summarize: copies of one bundle', () => {
  it('counts a bundle saved, forwarded or uploaded twice once, and lists the copies in text, JSON, CSV and HTML', async () => {
    const folder = path.join(dir, 'copies');
    mkdirSync(path.join(folder, 'forwarded'), { recursive: true });
    const ann = await writeFleetBundle(folder, 'ann.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
    await writeFleetBundle(folder, 'bob.zip', { user: 'bob', occurredAt: '2026-11-26T08:30:00Z' });
    copyFileSync(ann, path.join(folder, 'ann (1).zip'));
    copyFileSync(ann, path.join(folder, 'forwarded', 'ann.zip'));
    const run = await runCli(['summarize', 'copies', '--csv', 'copies.csv', '--html', 'copies.html'], { cwd: dir });
    expect(run.stderr).toBe('');
    // Copies are not a failure: every file was read and verified.
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 bundles in 1 group; episodes split where incidents are more than 2h apart; 2 copies of a bundle counted once \(listed at the end\)\n/);
    expect(run.stdout).toContain('  2 bundles, 2 reporters, 2 devices,');
    expect(run.stdout).toContain('\nCounted once (copies of the same bundle):\n  copies/ann.zip: same bundle as copies/ann (1).zip\n  copies/forwarded/ann.zip: same bundle as copies/ann (1).zip\n');
    const json = fleetSummarySchema.parse(JSON.parse((await runCli(['summarize', 'copies', '--json'], { cwd: dir })).stdout));
    expect(json.groups[0]).toMatchObject({ bundles: 2, reporters: 2 });
    expect(json.duplicates).toEqual([
      { path: path.join(folder, 'ann.zip'), sameAs: path.join(folder, 'ann (1).zip') },
      { path: path.join(folder, 'forwarded', 'ann.zip'), sameAs: path.join(folder, 'ann (1).zip') },
    ]);
    const csv = readFileSync(path.join(dir, 'copies.csv'), 'utf8');
    expect(csv).toContain('copies/ann.zip,duplicate,same bundle as copies/ann (1).zip; counted once');
    expect(csv.match(/,counted,/g)).toHaveLength(2);
    const html = readFileSync(path.join(dir, 'copies.html'), 'utf8');
    expect(html).toContain('<a href="#duplicates">2 copies of a bundle counted once</a>');
    expect(html).toContain('<tr><td>copies/forwarded/ann.zip</td><td>copies/ann (1).zip</td></tr>');
  });
});
