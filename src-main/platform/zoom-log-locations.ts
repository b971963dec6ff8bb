/**
 * Where Zoom Workplace keeps its logs on each OS (see docs/zoom-facts.md).
 * Kept as data so a wrong or new location is a one-line change.
 */
import path from 'node:path';
import type { Environment } from './environment.js';
import type { SupportedPlatform } from './supported-platform.js';

export interface LogLocation {
  /** Short stable name, used as the folder under logs/zoom/ in the bundle. */
  id: string;
  /** Which base folder the relative path starts from. */
  base: 'home' | 'appdata';
  /** Path segments below the base. */
  segments: readonly string[];
  /** A folder collected recursively, or a single file. */
  kind: 'dir' | 'file';
  /** True when no primary source confirmed this location. */
  unconfirmed?: boolean;
}

export const ZOOM_LOG_LOCATIONS: Readonly<Record<SupportedPlatform, readonly LogLocation[]>> = {
  win32: [{ id: 'appdata', base: 'appdata', segments: ['Zoom', 'logs'], kind: 'dir' }],
  darwin: [
    { id: 'library-logs', base: 'home', segments: ['Library', 'Logs', 'zoom.us'], kind: 'dir' },
    { id: 'zoominstall', base: 'home', segments: ['Library', 'Logs', 'zoominstall.log'], kind: 'file' },
  ],
  linux: [
    { id: 'home', base: 'home', segments: ['.zoom', 'logs'], kind: 'dir' },
    { id: 'snap', base: 'home', segments: ['snap', 'zoom-client', 'current', '.zoom', 'logs'], kind: 'dir' },
    {
      id: 'flatpak',
      base: 'home',
      segments: ['.var', 'app', 'us.zoom.Zoom', '.zoom', 'logs'],
      kind: 'dir',
      unconfirmed: true,
    },
  ],
};

export interface ResolvedLogLocation extends LogLocation {
  /** Absolute path on this machine. */
  absolutePath: string;
}

/**
 * Resolves the log locations for the environment's platform. APPDATA falls back to the usual
 * folder under home. Joined with the host's path module: the code runs on the OS it inspects, and
 * tests point every OS's layout at fixture folders on Linux.
 */
export function resolveZoomLogLocations(environment: Environment): ResolvedLogLocation[] {
  const appData = environment.env.APPDATA || path.join(environment.home, 'AppData', 'Roaming');
  return ZOOM_LOG_LOCATIONS[environment.platform].map((location) => ({
    ...location,
    absolutePath: path.join(location.base === 'appdata' ? appData : environment.home, ...location.segments),
  }));
}
