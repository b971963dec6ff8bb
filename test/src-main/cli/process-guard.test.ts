// Output that cannot be written is a failed run: the real `zpb`, its stdout a full device
// (/dev/full: ENOSPC) or a descriptor open for reading only (EBADF), exits non-zero with one line on
// stderr for every command; a reader that went away (EPIPE) stays quiet as before.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFleetBundle } from '../../helpers/fleet-bundles.js';
import { PROJECT_ROOT, runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir('zpb-output-errors-');
const BIN = path.join(PROJECT_ROOT, 'bin', 'zpb.js');
const home = path.join(root, 'home');

function runWithStdout(args: string[], stdout: 'full' | 'read-only' | 'closed-pipe'): Promise<{ code: number | null; stderr: string }> {
  const fd = stdout === 'full' ? openSync('/dev/full', 'w') : stdout === 'read-only' ? openSync(path.join(root, 'read-only.txt'), 'r') : undefined;
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: root,
    env: { ...process.env, HOME: home, XDG_STATE_HOME: path.join(home, 'state'), ZPB_POLICY_FILE: path.join(root, 'no-policy.json') },
    stdio: ['ignore', fd ?? 'pipe', 'pipe'],
  });
  if (fd !== undefined) closeSync(fd);
  // A reader that goes away at once: the next write fails with EPIPE.
  child.stdout?.destroy();
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

let commands: Array<[string, string[]]>;

beforeAll(async () => {
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'call ok\n');
  writeFileSync(path.join(root, 'read-only.txt'), '');
  const bundle = await writeFleetBundle(root, 'a.zip', { user: 'ann', occurredAt: '2026-11-26T08:00:00Z' });
  const keys = await runCli(['request', 'keygen', '--out', 'keys'], { cwd: root });
  expect(keys.code, keys.stderr).toBe(0);
  commands = [
    ['version', ['version']],
    ['help', ['--help']],
    ['request create', ['request', 'create', '--key', 'keys/request-key.pem', '--kid', 'desk-1', '--ticket', 'INC-1']],
    ['inspect', ['inspect', bundle]],
    ['summarize', ['summarize', bundle]],
    ['policy show', ['policy', 'show']],
    ['collect', ['collect', '--no-probes', '--out', path.join(root, 'collected.zip'), '--force']],
  ];
});

describe.runIf(process.platform === 'linux')('zpb when its output cannot be written', () => {
  for (const [stdout, words] of [
    ['full', 'no space left where it goes, ENOSPC'],
    ['read-only', 'standard output is not open for writing, EBADF'],
  ] as const) {
    it(`exits 1 with one line on stderr for every command (${words})`, async () => {
      for (const [name, args] of commands) {
        const run = await runWithStdout(args, stdout);
        expect(run.code, `${name}: ${run.stderr}`).toBe(1);
        // Its last line says so, once (request create also says what it signed, as always).
        expect(run.stderr.split('\n').at(-2), name).toBe(`zpb: failed: the output could not be written (${words})`);
        expect(run.stderr.match(/zpb: failed/g), name).toHaveLength(1);
        expect(run.stderr, name).not.toMatch(/\n\s+at /);
      }
      // The bundle itself was written: only the line naming it was lost.
      expect(existsSync(path.join(root, 'collected.zip'))).toBe(true);
    });
  }

  it('a reader that went away (EPIPE) is still not an error', async () => {
    const run = await runWithStdout(['version'], 'closed-pipe');
    expect(run).toEqual({ code: 0, stderr: '' });
  });
});
