import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBundle } from '../../../src-main/bundle/bundle-writer.js';
import { inspectBundle } from '../../../src-main/services/inspect-bundle.js';
import { MANIFEST_SCHEMA_VERSION } from '../../../src-shared/bundle-manifest.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const manifest = {
  schemaVersion: MANIFEST_SCHEMA_VERSION,
  createdAt: '2026-11-26T08:00:00.000Z',
  app: { name: 'test', version: '0' },
  collectors: [],
  skipped: [],
  redaction: { profile: 'standard' as const, total: 2, byCategory: { email: 2 } },
};

async function bundle(name: string, report: object = { errorText: 'Call failed (code: 2202400)', errorCode: { code: '400' }, timeZone: 'Europe/Berlin' }): Promise<string> {
  const target = path.join(dir, name);
  await writeBundle({
    targetPath: target,
    manifest,
    entries: [
      { kind: 'json', path: 'report.json', source: 'report', value: report },
      { kind: 'json', path: 'system.json', source: 'collectors', value: { system: { os: { distro: 'Debian', release: '12', arch: 'x64' } }, zoomVersion: { version: '6.3.0 (52884)' } } },
      { kind: 'text', path: 'README.txt', source: 'bundle', text: 'hello' },
    ],
  });
  return target;
}

describe('inspectBundle', () => {
  it('verifies a good bundle and summarises it', async () => {
    const result = await inspectBundle(await bundle('good.zip'));
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.summary).toMatchObject({ errorCode: '400', timeZone: 'Europe/Berlin', zoomVersion: '6.3.0 (52884)', os: 'Debian 12 x64', redactionTotal: 2 });
  });

  it('reports a file that is not a zip', async () => {
    const file = path.join(dir, 'not.zip');
    writeFileSync(file, 'hello, I am text');
    const result = await inspectBundle(file);
    expect(result).toMatchObject({ verified: false, problems: [{ kind: 'not-a-zip' }] });
  });
});
