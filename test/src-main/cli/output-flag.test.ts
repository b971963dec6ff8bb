// Every file the user names for output, through the real `zpb`: summarize --csv/--html, request
// keygen --out, collect --out/--save-mapping. A device, FIFO, link or folder at the name is refused
// with one line and exit 2 and left as it was; an existing file is replaced only with --force.
import { execFileSync } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { runCli, type CliRun } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir('zpb-output-flag-');
const inbox = path.join(root, 'inbox');
const linux = process.platform === 'linux';

function oneLine(run: CliRun, code: number): void {
  expect(run.code, run.stderr).toBe(code);
  expect(run.stderr.split('\n')).toHaveLength(2);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(async () => {
  mkdirSync(inbox);
  await writeFleetBundle(inbox, 'a.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
});

describe.runIf(linux)('zpb summarize --csv / --html onto what is not a new regular file', () => {
  it('refuses a FIFO, a device, a folder and a symbolic link (even with --force) before reading anything, and leaves them as they were', async () => {
    const out = path.join(root, 'refused');
    mkdirSync(out);
    const fifo = path.join(out, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const device = path.join(out, 'null-device.html');
    execFileSync('mknod', [device, 'c', '1', '3']);
    writeFileSync(path.join(out, 'elsewhere.txt'), 'precious');
    const link = path.join(out, 'link.csv');
    symlinkSync(path.join(out, 'elsewhere.txt'), link);
    const folder = path.join(out, 'folder.html');
    mkdirSync(folder);
    for (const [flag, target, kind] of [['--csv', fifo, 'a FIFO'], ['--html', device, 'a device'], ['--csv', link, 'a symbolic link, which is never followed'], ['--html', folder, 'a folder']] as const) {
      for (const force of [[], ['--force']]) {
        const run = await runCli(['summarize', inbox, flag, target, ...force], { cwd: root });
        oneLine(run, 2);
        expect(run.stderr).toBe(`zpb: ${flag}: ${target} is not a regular file (it is ${kind}); name a new file or a regular one\n`);
        expect(run.stdout).toBe('');
      }
    }
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readlinkSync(link)).toBe(path.join(out, 'elsewhere.txt'));
    expect(readFileSync(path.join(out, 'elsewhere.txt'), 'utf8')).toBe('precious');
    expect(readdirSync(out).sort()).toEqual(['elsewhere.txt', 'folder.html', 'link.csv', 'null-device.html', 'pipe.csv']);
  });

  it('leaves an existing report alone without --force (exit 2, nothing read or written) and replaces it with --force', async () => {
    const out = path.join(root, 'existing');
    mkdirSync(out);
    writeFileSync(path.join(out, 'summary.csv'), 'last week\n');
    const refused = await runCli(['summarize', inbox, '--csv', 'existing/summary.csv', '--html', 'existing/summary.html'], { cwd: root });
    oneLine(refused, 2);
    expect(refused.stderr).toBe(`zpb: --csv: ${path.join(out, 'summary.csv')} already exists; choose another name or pass --force to replace it\n`);
    expect(readdirSync(out)).toEqual(['summary.csv']);
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toBe('last week\n');
    const replaced = await runCli(['summarize', inbox, '--csv', 'existing/summary.csv', '--html', 'existing/summary.html', '--force'], { cwd: root });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'summary.csv'), 'utf8')).toMatch(/^file,/);
    expect(readdirSync(out).sort()).toEqual(['summary.csv', 'summary.html']);
  });

  it('says in --help that an existing file is replaced only with --force', async () => {
    const run = await runCli(['summarize', '--help'], { cwd: root });
    expect(run.stdout).toMatch(/--force\s+replace an existing --csv or --html file/);
  });
});

describe.runIf(linux)('zpb request keygen --out', () => {
  it('never writes a key through a link or FIFO in the folder, nor replaces a public key, and writes neither key then', async () => {
    for (const [name, make] of [
      ['link', (file: string) => symlinkSync(path.join(root, 'stolen.pem'), file)],
      ['fifo', (file: string) => execFileSync('mkfifo', [file])],
      ['file', (file: string) => writeFileSync(file, 'the public key the policy lists\n')],
    ] as const) {
      const keys = path.join(root, `keys-${name}`);
      mkdirSync(keys);
      const publicPath = path.join(keys, 'request-key.pub.pem');
      make(publicPath);
      const run = await runCli(['request', 'keygen', '--out', keys], { cwd: root });
      oneLine(run, 2);
      expect(run.stderr).toMatch(new RegExp(`^zpb: --out: ${publicPath.replace(/[.]/g, '\\.')} (is not a regular file|already exists; choose another folder)`));
      expect(readdirSync(keys)).toEqual(['request-key.pub.pem']);
    }
    expect(readdirSync(root)).not.toContain('stolen.pem');
  });
});

describe.runIf(linux)('zpb collect --save-mapping and --out', () => {
  it('refuses a symbolic link at either name, with --force, before collecting', async () => {
    const dir = path.join(root, 'collect');
    mkdirSync(dir);
    const home = path.join(root, 'collect-home');
    mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
    writeFileSync(path.join(dir, 'elsewhere'), 'keep');
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'link'));
    for (const args of [['--out', path.join(dir, 'link')], ['--out', path.join(dir, 'b.zip'), '--save-mapping', path.join(dir, 'link')]]) {
      const run = await runCli(['collect', '--no-probes', '--force', ...args], { cwd: root, env: { HOME: home, XDG_STATE_HOME: path.join(home, 'state') } });
      oneLine(run, 2);
      expect(run.stderr).toContain(`${args.at(-2)}: ${path.join(dir, 'link')} is not a regular file (it is a symbolic link, which is never followed)`);
    }
    expect(readFileSync(path.join(dir, 'elsewhere'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).sort()).toEqual(['elsewhere', 'link']);
  });
});
