/**
 * Where this app's own CLI log lives on each OS, next to where electron-log puts the desktop app's
 * log (the OS's usual per-user log or config folder). Data, resolved from the environment.
 */
import path from 'node:path';
import type { Environment } from './environment.js';
import type { SupportedPlatform } from './supported-platform.js';

const FOLDER_NAME = 'Zoom Phone Support Bundle';

const LOCATIONS: Readonly<Record<SupportedPlatform, (environment: Environment) => string>> = {
  win32: (e) => path.join(e.env.APPDATA || path.join(e.home, 'AppData', 'Roaming'), FOLDER_NAME, 'logs'),
  darwin: (e) => path.join(e.home, 'Library', 'Logs', FOLDER_NAME),
  linux: (e) => path.join(e.env.XDG_STATE_HOME || path.join(e.home, '.local', 'state'), 'zoom-phone-support-bundle', 'logs'),
};

/** The CLI's log file for this environment. */
export function cliLogPath(environment: Environment): string {
  return path.join(LOCATIONS[environment.platform](environment), 'zpb-cli.log');
}
