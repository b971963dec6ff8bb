// scripts/clean-install.mjs, the install step of .ci/run: it runs a command (npm ci in CI; stand-in
// commands here, a real `npm ci` takes a minute), passes its output through, and fails when that
// output holds a warning line, on stdout or stderr, or when the command itself fails.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

const SCRIPT = path.join(PROJECT_ROOT, 'scripts', 'clean-install.mjs');

/** Runs clean-install with a stand-in command: Node running `code`. */
function cleanInstall(code: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, '--', process.execPath, '-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stdout, stderr }));
  });
}

describe('clean-install', () => {
  it('passes a quiet install through and exits 0', async () => {
    const run = await cleanInstall(`console.log('> prepare'); console.error('added 921 packages in 52s')`);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('> prepare');
    expect(run.stderr).toContain('added 921 packages');
    expect(run.stderr).not.toContain('clean-install:');
  });

  it.each([
    ['an unsupported engine (stderr)', `console.error("npm warn EBADENGINE Unsupported engine {")`, 'npm warn EBADENGINE'],
    ['an install script not reviewed', `console.error('npm warn install-scripts 3 packages have install scripts not yet covered by allowScripts:')`, 'not yet covered'],
    ["Vite's chunk size notice (stdout)", `console.log('(!) Some chunks are larger than 500 kB after minification.')`, '(!) Some chunks'],
    ["esbuild's warning, in colour", `console.log('\\u001b[33m▲ [WARNING]\\u001b[0m Duplicate key')`, '▲ [WARNING] Duplicate key'],
  ])('fails on %s and names the line', async (_what, code, line) => {
    const run = await cleanInstall(code);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/clean-install: `.*` printed 1 warning line\(s\)/);
    expect(run.stderr.split('\n').some((l) => l.startsWith('  ') && l.includes(line))).toBe(true);
  });

  it('counts every warning line, whichever stream it came on', async () => {
    const run = await cleanInstall(`console.error('npm warn one'); console.log('fine'); console.log('npm WARN two')`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('printed 2 warning line(s)');
  });

  it('does not take words that merely contain "warn" for a warning', async () => {
    const run = await cleanInstall(`console.log('forewarned is forearmed; the user was warned')`);
    expect(run.code).toBe(0);
  });

  it("exits with a failing install's own code", async () => {
    const run = await cleanInstall(`console.error('npm error code ERESOLVE'); process.exit(3)`);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/clean-install: `.*` failed \(exit 3\)/);
  });
});
