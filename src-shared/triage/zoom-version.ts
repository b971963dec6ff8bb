/**
 * Is the installed Zoom Workplace old? Compared against a minimum kept as data, because Zoom moves
 * its supported-version floor over time (unconfirmed figure: update it from Zoom's minimum-version
 * article when it changes).
 */

/** Versions below this are treated as outdated. */
export const ZOOM_MINIMUM_RECOMMENDED_VERSION = '6.0.0';

/** Numeric parts of a version like "6.3.0 (52884)" or "5.4.57862.0110"; null when there are none. */
function parts(version: string): number[] | null {
  const match = /\d+(?:\.\d+)*/.exec(version);
  return match ? match[0].split('.').map(Number) : null;
}

/** True when the version is readable and below the minimum; false when it is current or unreadable. */
export function isOutdatedZoomVersion(version: string, minimum = ZOOM_MINIMUM_RECOMMENDED_VERSION): boolean {
  const have = parts(version);
  const need = parts(minimum)!;
  if (!have) return false;
  for (let i = 0; i < need.length; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}
