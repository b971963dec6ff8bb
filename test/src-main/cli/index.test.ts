// Ctrl+C on the real `zpb` process: exit 130 and nothing left in the output folder, even when the
// user presses it again while the bundle is still being written.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();
// A big log of incompressible text, so the write phase lasts long enough to be interrupted in.
const home = path.join(root, 'home');
mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_big.log'), randomBytes(48 * 1024 * 1024).toString('base64').replace(/(.{100})/g, '$1\n'));

/** Resolves once `check` holds (polled: the child gives no other signal of its progress). */
function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (check() ? resolve() : setTimeout(look, 10));
    look();
  });
}

/** Starts `zpb collect` of the big log into its own folder and resolves once the big log is being written. */
async function collectUntilWriting(name: string) {
  const out = path.join(root, name);
  mkdirSync(out);
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'zpb.js'), 'collect', '--no-probes', '--out', out, '--max-file-mb', '100'], {
    cwd: root,
    env: { ...process.env, HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  // Well into the big log: the small JSON entries are long done.
  const partialSize = () => readdirSync(out).filter((f) => f.endsWith('.partial')).reduce((n, f) => n + (statSync(path.join(out, f), { throwIfNoEntry: false })?.size ?? 0), 0);
  await until(() => partialSize() > 1024 * 1024);
  return { out, child, exited, stderr: () => stderr };
}

describe('zpb collect and Ctrl+C (real process)', () => {
  it('exits 130 and leaves no partial zip when Ctrl+C is pressed twice while writing', async () => {
    const { out, child, exited, stderr } = await collectUntilWriting('out');
    child.kill('SIGINT');
    await until(() => stderr().includes('cancelling'));
    child.kill('SIGINT');
    expect(await exited).toEqual({ code: 130, signal: null });
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('zpb collect and SIGTERM (real process)', () => {
  it('exits 143 and leaves no partial zip when a script or MDM agent stops it while writing', async () => {
    const { out, child, exited } = await collectUntilWriting('out-term');
    child.kill('SIGTERM');
    expect(await exited).toEqual({ code: 143, signal: null });
    expect(readdirSync(out)).toEqual([]);
  });
});
