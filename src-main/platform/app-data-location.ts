/**
 * Where this app keeps its own small state (the replay store of signed requests) on each OS: the
 * per-user application data folder. Data, resolved from the environment.
 */
import path from 'node:path';
import type { Environment, SupportedPlatform } from './environment.js';

const FOLDER_NAME = 'Zoom Phone Support Bundle';

const LOCATIONS: Readonly<Record<SupportedPlatform, (environment: Environment) => string>> = {
  win32: (e) => path.join(e.env.APPDATA || path.join(e.home, 'AppData', 'Roaming'), FOLDER_NAME),
  darwin: (e) => path.join(e.home, 'Library', 'Application Support', FOLDER_NAME),
  linux: (e) => path.join(e.env.XDG_STATE_HOME || path.join(e.home, '.local', 'state'), 'zoom-phone-support-bundle'),
};

/** This app's data folder for the environment (created by whoever writes there). */
export function appDataFolder(environment: Environment): string {
  return LOCATIONS[environment.platform](environment);
}
