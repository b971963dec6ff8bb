import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execFileRunner } from '../../../src-main/platform/command-runner.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const node = process.execPath;

describe('execFileRunner', () => {
  it('returns stdout of a command that exits 0', async () => {
    const result = await execFileRunner(node, ['-e', 'process.stdout.write("6.3.0 (52884)")']);
    expect(result).toEqual({ ok: true, stdout: '6.3.0 (52884)', stderr: '', exitCode: 0 });
  });

  it('passes arguments as they are: no shell expands them', async () => {
    const result = await execFileRunner(node, ['-e', 'process.stdout.write(process.argv[1])', '$(echo hi) && `id` ; *']);
    expect(result.stdout).toBe('$(echo hi) && `id` ; *');
  });

  it('reports a non-zero exit with its code and keeps the output', async () => {
    const result = await execFileRunner(node, ['-e', 'console.error("ERROR: key not found"); process.exit(1)']);
    expect(result).toMatchObject({ ok: false, exitCode: 1, reason: 'exit 1', stderr: 'ERROR: key not found\n' });
  });

  it('decodes the bytes a command writes with the decoder it is given (a console code page), UTF-8 otherwise', async () => {
    // netsh on a Japanese Windows writes "直接アクセス" in code page 932: these are those bytes.
    const script = 'process.stdout.write(Buffer.from("92bc90da8341834e835a8358", "hex"))';
    const shiftJis = new TextDecoder('shift_jis');
    expect((await execFileRunner(node, ['-e', script], { decode: (bytes) => shiftJis.decode(bytes) })).stdout).toBe('直接アクセス');
    expect((await execFileRunner(node, ['-e', script])).stdout).not.toContain('直接');
  });

  it('reports a missing program as not found, without throwing', async () => {
    const result = await execFileRunner('zpb-no-such-program', ['--version']);
    expect(result).toMatchObject({ ok: false, exitCode: null, reason: 'not found' });
  });

  it('kills a command that runs past its timeout', async () => {
    const result = await execFileRunner(node, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, reason: 'timed out after 200 ms' });
  });

  it('stops a command whose output passes the size limit', async () => {
    const result = await execFileRunner(node, ['-e', 'process.stdout.write("x".repeat(100000))'], { maxOutputBytes: 1000 });
    expect(result).toMatchObject({ ok: false, reason: 'output over the size limit' });
    expect(result.stdout.length).toBeLessThanOrEqual(1000);
  });

  it('stops a command when the signal aborts', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const result = await execFileRunner(node, ['-e', 'setTimeout(() => {}, 60000)'], { timeoutMs: 30000, signal: controller.signal });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled' });
  });

  it('resolves at once for an already aborted signal', async () => {
    const result = await execFileRunner(node, ['-e', '0'], { signal: AbortSignal.abort() });
    expect(result.ok).toBe(false);
  });
});

describe('execFileRunner: system queries', () => {
  const dir = useTempDir();
  const saved = { PATH: process.env.PATH, HOME: process.env.HOME, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR, XDG_CACHE_HOME: process.env.XDG_CACHE_HOME };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('runs a program by name from the system’s program folders, never from a folder on PATH', async () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin);
    // A user-writable folder first on PATH, holding a program by the name of a system query.
    for (const name of ['gsettings', 'zpb-path-only']) {
      writeFileSync(path.join(bin, name), '#!/bin/sh\necho planted\n');
      chmodSync(path.join(bin, name), 0o755);
    }
    process.env.PATH = `${bin}${path.delimiter}${saved.PATH ?? ''}`;
    expect(await execFileRunner('zpb-path-only', [])).toMatchObject({ ok: false, reason: 'not found' });
    const sh = await execFileRunner('sh', ['-c', 'echo from-system']);
    expect(sh).toMatchObject({ ok: true, stdout: 'from-system\n' });
    const gsettings = await execFileRunner('gsettings', ['--version']);
    expect(gsettings.stdout).not.toContain('planted');
  });

  it('gives a query a HOME, cache and runtime folder outside the user’s home (dconf made ~/.cache/dconf as root)', async () => {
    const home = path.join(dir, 'home');
    mkdirSync(home);
    process.env.HOME = home;
    delete process.env.XDG_RUNTIME_DIR;
    delete process.env.XDG_CACHE_HOME;
    // What dconf does when it reads a setting: its runtime folder, else the cache folder, else ~/.cache.
    const script = 'd="${XDG_RUNTIME_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}}/dconf" && mkdir -p "$d" && touch "$d/user" "$HOME/.planted" && echo "$XDG_CONFIG_HOME"';
    const result = await execFileRunner('sh', ['-c', script]);
    expect(result.ok).toBe(true);
    // The user's settings are still where gsettings reads them.
    expect(result.stdout.trim()).toBe(path.join(home, '.config'));
    // The real query, where this machine has it.
    await execFileRunner('gsettings', ['get', 'org.gnome.system.proxy', 'mode']);
    expect(readdirSync(home)).toEqual([]);
  });
});
