// On a terminal, `zpb collect` shows one line per finished collector on stderr; piped, it stays quiet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src-main/cli/zpb.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();

function capture(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, text: () => text };
}

describe('zpb collect progress', () => {
  // A home with a Zoom log: without one, zpb rightly warns on stderr that it found none.
  beforeEach(() => {
    const home = path.join(dir, 'home');
    mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
    writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 6.3.0.1234\n');
    vi.stubEnv('HOME', home);
    return () => vi.unstubAllEnvs();
  });

  it('prints a line per collector on a TTY and the bundle path last on stdout', async () => {
    const stdout = capture(false);
    const stderr = capture(true);
    const out = path.join(dir, 'tty.zip');
    const code = await main(['collect', '--no-probes', '--out', out], { stdout: stdout.stream, stderr: stderr.stream, cwd: dir });
    expect(code).toBe(0);
    expect(stdout.text().trim().split('\n').at(-1)).toBe(out);
    const lines = stderr.text().trim().split('\n');
    expect(lines[0]).toBe('Collecting Zoom Phone diagnostics...');
    for (const id of ['system', 'zoom-logs', 'network']) expect(lines.some((l) => l.startsWith(`  ${id} `)), id).toBe(true);
    expect(lines.at(-2)).toMatch(/^ {2}writing bundle ok/);
    expect(lines.at(-1)).toMatch(/^Saved \d+ files?, \d+ KB; \d+ private values? replaced; \d+ items? left out \(see manifest\.json\)\.$/);
  });

  it('stays quiet on stderr when it is not a terminal', async () => {
    const stderr = capture(false);
    const code = await main(['collect', '--no-probes', '--out', path.join(dir, 'pipe.zip')], { stdout: capture(false).stream, stderr: stderr.stream, cwd: dir });
    expect(code).toBe(0);
    expect(stderr.text()).toBe('');
  });
});
