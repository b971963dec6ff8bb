import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BundlePaths, UntrustedPathError } from '../../../src-main/services/bundle-paths.js';

describe('BundlePaths', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'zpb-paths-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const now = new Date('2026-03-04T05:06:07Z');

  it('gives saves running at once different names, skips existing files and frees a name when its save ends', async () => {
    const paths = new BundlePaths(dir);
    const names: string[] = [];
    let release!: () => void;
    const first = paths.withNewBundlePath(now, async (p) => {
      names.push(p);
      await new Promise<void>((r) => (release = r));
    });
    await new Promise((r) => setImmediate(r));
    await paths.withNewBundlePath(now, async (p) => void names.push(p));
    release();
    await first;
    expect(new Set(names).size).toBe(2);
    expect(names.every((n) => path.dirname(n) === dir && n.endsWith('.zip'))).toBe(true);

    await writeFile(names[0]!, 'x');
    const next = await paths.withNewBundlePath(now, async (p) => p);
    expect(next).not.toBe(names[0]);
    expect(next).toBe(names[1]); // the second save ended without writing: its name is free again
  });

  it('refuses files main neither wrote nor was given by the user', () => {
    const paths = new BundlePaths(dir);
    const file = path.join(dir, 'a.zip');
    expect(() => paths.requireTrusted(file, 'open it with the button')).toThrow(UntrustedPathError);
    paths.trust(file);
    expect(() => paths.requireTrusted(file, 'open it with the button')).not.toThrow();
    expect(() => paths.requireTrusted(`${file}/../a.zip`, 'x')).toThrow(UntrustedPathError);
  });
});
