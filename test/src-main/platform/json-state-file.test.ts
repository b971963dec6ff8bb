import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonStateFile } from '../../../src-main/platform/json-state-file.js';
import { RegularFileError } from '../../../src-main/platform/regular-file.js';

describe('readJsonStateFile', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zpb-state-'));

  it('reads the JSON, and a missing or damaged file as undefined', async () => {
    writeFileSync(path.join(dir, 'ok.json'), '{"version":1,"used":{"a":5}}\n');
    writeFileSync(path.join(dir, 'cut.json'), '{"version":1,"us');
    expect(await readJsonStateFile(path.join(dir, 'ok.json'), 1024)).toEqual({ version: 1, used: { a: 5 } });
    expect(await readJsonStateFile(path.join(dir, 'cut.json'), 1024)).toBeUndefined();
    expect(await readJsonStateFile(path.join(dir, 'missing.json'), 1024)).toBeUndefined();
  });

  it('throws for a folder in its place and for a file over the limit', async () => {
    mkdirSync(path.join(dir, 'folder.json'));
    writeFileSync(path.join(dir, 'big.json'), `"${'x'.repeat(2000)}"`);
    await expect(readJsonStateFile(path.join(dir, 'folder.json'), 1024)).rejects.toBeInstanceOf(RegularFileError);
    await expect(readJsonStateFile(path.join(dir, 'big.json'), 1024)).rejects.toBeInstanceOf(RegularFileError);
  });

  it('does not read through a link planted in its place (treated like a damaged file)', async () => {
    writeFileSync(path.join(dir, 'elsewhere.json'), '{"version":1,"used":{"planted":9}}\n');
    symlinkSync(path.join(dir, 'elsewhere.json'), path.join(dir, 'linked.json'));
    expect(await readJsonStateFile(path.join(dir, 'linked.json'), 1024)).toBeUndefined();
  });
});
