import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCliLog } from '../../../src-main/cli/cli-log.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const home = useTempDir();

describe('openCliLog', () => {
  it("writes timestamped lines to the OS's per-user log file, creating its folder", () => {
    const log = openCliLog(fixtureEnvironment('linux', home));
    log.info('collect started');
    log.warn('collect failed: disk full');
    expect(log.path).toBe(path.join(home, '.local', 'state', 'zoom-phone-support-bundle', 'logs', 'zpb-cli.log'));
    const text = readFileSync(log.path, 'utf8');
    expect(text).toMatch(/^\[\d{4}-\d{2}-\d{2} [\d:.]+\] \[info\]\s+collect started\n/);
    expect(text).toMatch(/\[warn\]\s+collect failed: disk full\n$/);
  });

  it('never throws when the log folder cannot be written', () => {
    // A home below a plain file: the folder cannot be created (ENOTDIR), whoever runs the test.
    const blocker = path.join(home, 'blocker');
    writeFileSync(blocker, '');
    const log = openCliLog(fixtureEnvironment('linux', path.join(blocker, 'home')));
    expect(() => log.info('lost, not fatal')).not.toThrow();
    // That nothing reaches stderr is checked on the real process in collect-command.test.ts.
  });

  it('never writes through a link planted in place of the log file or its folder', () => {
    const linkedHome = path.join(home, 'hostile');
    const logs = path.join(linkedHome, '.local', 'state', 'zoom-phone-support-bundle', 'logs');
    mkdirSync(logs, { recursive: true });
    const target = path.join(home, 'someone-elses-file');
    writeFileSync(target, 'untouched\n');
    symlinkSync(target, path.join(logs, 'zpb-cli.log'));
    openCliLog(fixtureEnvironment('linux', linkedHome)).info('must not land in the target');
    expect(readFileSync(target, 'utf8')).toBe('untouched\n');

    // The folder itself linked to nowhere: a folder made through it would appear where it points.
    const danglingHome = path.join(home, 'dangling');
    mkdirSync(path.join(danglingHome, '.local', 'state'), { recursive: true });
    symlinkSync(path.join(home, 'not-there'), path.join(danglingHome, '.local', 'state', 'zoom-phone-support-bundle'));
    openCliLog(fixtureEnvironment('linux', danglingHome)).info('lost');
    expect(() => readFileSync(path.join(home, 'not-there', 'logs', 'zpb-cli.log'))).toThrow(/ENOENT/);
  });
});
