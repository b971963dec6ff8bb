import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLogCollector } from '../../../src-main/collect/app-log-collector.js';
import { runCollector } from '../../../src-main/collect/run-collectors.js';
import { collectContext, fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const root = useTempDir();

describe('appLogCollector', () => {
  it('copies the log and its rotated predecessor into logs/app/ as text', async () => {
    const dir = path.join(root, 'logs');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'main.log'), '[2026-03-10 12:00:00.000] [info]  started\n');
    writeFileSync(path.join(dir, 'main.old.log'), '[2026-03-09 08:00:00.000] [info]  older\n');
    const result = await runCollector(appLogCollector, { ...collectContext(fixtureEnvironment('linux', root)), appLogPath: path.join(dir, 'main.log') });
    expect(result).toMatchObject({ status: 'ok', message: '2 files' });
    expect(result.files.map((f) => [f.bundlePath, f.kind, f.start, f.truncated, f.source])).toEqual([
      ['logs/app/main.old.log', 'text', 0, false, 'app-log'],
      ['logs/app/main.log', 'text', 0, false, 'app-log'],
    ]);
  });

  it('is skipped with the reason when there is no log configured or none written yet', async () => {
    const none = await runCollector(appLogCollector, collectContext(fixtureEnvironment('linux', root)));
    expect(none).toMatchObject({ status: 'skipped', message: 'no app log configured', files: [] });
    const missing = path.join(root, 'nowhere', 'zpb-cli.log');
    const notYet = await runCollector(appLogCollector, { ...collectContext(fixtureEnvironment('linux', root)), appLogPath: missing });
    expect(notYet).toMatchObject({ status: 'skipped', message: `no app log at ${missing} yet` });
  });
});
