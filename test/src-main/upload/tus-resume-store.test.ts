import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileTusResumeStore } from '../../../src-main/upload/tus-resume-store.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir('zpb-tus-state-');
const key = (endpoint: string, sha256 = 'a'.repeat(64), size = 1000) => ({ endpoint: new URL(endpoint), sha256, size });

describe('fileTusResumeStore', () => {
  it('finds an upload by endpoint (its query aside), sha256 and size, and forgets it', async () => {
    const file = path.join(dir, 'one', 'tus-uploads.json');
    const store = fileTusResumeStore(file);
    await store.remember(key('https://tus.example.com/files/?sig=1'), new URL('https://tus.example.com/files/abc'));
    expect((await store.find(key('https://tus.example.com/files/?sig=2')))?.href).toBe('https://tus.example.com/files/abc');
    for (const other of [key('https://tus.example.com/other/'), key('https://tus.example.com/files/', 'b'.repeat(64)), key('https://tus.example.com/files/', 'a'.repeat(64), 999)]) {
      expect(await store.find(other)).toBeUndefined();
    }
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await store.forget(key('https://tus.example.com/files/'));
    expect(await store.find(key('https://tus.example.com/files/'))).toBeUndefined();
    expect(readdirSync(path.dirname(file))).toEqual(['tus-uploads.json']);
  });

  it('drops notes older than two weeks, and reads a damaged file as empty', async () => {
    const file = path.join(dir, 'aged.json');
    let now = new Date('2026-11-01T00:00:00Z');
    const store = fileTusResumeStore(file, () => now);
    await store.remember(key('https://tus.example.com/files/'), new URL('https://tus.example.com/files/old'));
    now = new Date('2026-11-20T00:00:00Z');
    expect(await store.find(key('https://tus.example.com/files/'))).toBeUndefined();
    await store.remember(key('https://tus.example.com/files/', 'c'.repeat(64)), new URL('https://tus.example.com/files/new'));
    expect(JSON.parse(readFileSync(file, 'utf8')).uploads.map((u: { upload: string }) => u.upload)).toEqual(['https://tus.example.com/files/new']);
    writeFileSync(file, '{"uploads": [');
    expect(await store.find(key('https://tus.example.com/files/', 'c'.repeat(64)))).toBeUndefined();
  });
});
