/**
 * The one sentence said when a bundle holds no Zoom Workplace logs, the most important content for
 * support: on the terminal (zpb collect) and on the review screen, with where the logs were looked
 * for, so the person can point to them (another account, another disk) or say why there are none.
 * The bundle is still written: its other files help, and support can ask for the logs.
 */
import type { ZoomLogsData } from './system-json.js';

/** Why the bundle holds no Zoom log, with where they were looked for; undefined when it holds some (or the collector did not run). */
export function zoomLogsNotice(zoomLogs: ZoomLogsData | undefined): string | undefined {
  if (!zoomLogs || zoomLogs.included > 0) return undefined;
  const places = zoomLogs.locations.map((l) => l.path);
  const found = zoomLogs.locations.filter((l) => l.found).map((l) => l.path);
  const where = (paths: string[]) => paths.join(', ');
  if (found.length === 0) {
    return `No Zoom Workplace logs were found: none of the places Zoom keeps them exists (looked in ${where(places)}). The bundle was still written; if Zoom Workplace runs under another account or keeps its logs elsewhere, send those logs with it.`;
  }
  if (zoomLogs.found === 0) return `No Zoom Workplace logs were found: ${where(found)} holds no log files. The bundle was still written without them.`;
  return (
    `No Zoom Workplace logs were included: the ${zoomLogs.found} log file${zoomLogs.found === 1 ? '' : 's'} in ${where(found)} ` +
    `${zoomLogs.found === 1 ? 'was' : 'were'} last changed before the ${zoomLogs.window.hours}-hour window before the incident. The bundle was still written; widen the log window to include them.`
  );
}
