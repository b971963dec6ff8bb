/**
 * This app's own per-user data folder on each OS: the folder Electron's userData names for the
 * packaged app (productName under the OS's application-data folder), resolved from the
 * environment so the CLI and the app share it and tests point it at a temporary home.
 */
import path from 'node:path';
import type { Environment } from './environment.js';
import type { SupportedPlatform } from './supported-platform.js';

const FOLDER_NAME = 'Zoom Phone Support Bundle';

const LOCATIONS: Readonly<Record<SupportedPlatform, (environment: Environment) => string>> = {
  win32: (e) => path.join(e.env.APPDATA || path.join(e.home, 'AppData', 'Roaming'), FOLDER_NAME),
  darwin: (e) => path.join(e.home, 'Library', 'Application Support', FOLDER_NAME),
  linux: (e) => path.join(e.env.XDG_CONFIG_HOME || path.join(e.home, '.config'), FOLDER_NAME),
};

/** The app's data folder for this environment (it may not exist yet). */
export function appDataFolder(environment: Environment): string {
  return LOCATIONS[environment.platform](environment);
}
