/**
 * This app's name and version, read from package.json at build time (bundled in).
 */
import pkg from '../package.json' with { type: 'json' };

export const APP_NAME = 'Zoom Phone Support Bundle';
export const APP_VERSION: string = pkg.version;

/** Runtime versions: Electron and Chrome only exist when running inside Electron. */
export function runtimeVersions(): { node: string; electron?: string; chrome?: string } {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    node: versions.node,
    ...(versions.electron ? { electron: versions.electron } : {}),
    ...(versions.chrome ? { chrome: versions.chrome } : {}),
  };
}
