import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliLogPath } from '../../../src-main/platform/app-log-location.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';

describe('cliLogPath', () => {
  it('uses each OS folder for per-user logs', () => {
    expect(cliLogPath(fixtureEnvironment('win32', '/h', { APPDATA: '/h/Roaming' }))).toBe(path.join('/h/Roaming', 'Zoom Phone Support Bundle', 'logs', 'zpb-cli.log'));
    expect(cliLogPath(fixtureEnvironment('darwin', '/Users/pat'))).toBe(path.join('/Users/pat', 'Library', 'Logs', 'Zoom Phone Support Bundle', 'zpb-cli.log'));
    expect(cliLogPath(fixtureEnvironment('linux', '/home/pat'))).toBe(path.join('/home/pat', '.local', 'state', 'zoom-phone-support-bundle', 'logs', 'zpb-cli.log'));
    expect(cliLogPath(fixtureEnvironment('linux', '/home/pat', { XDG_STATE_HOME: '/state' }))).toBe(path.join('/state', 'zoom-phone-support-bundle', 'logs', 'zpb-cli.log'));
  });
});
