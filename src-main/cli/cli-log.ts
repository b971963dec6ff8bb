/**
 * The CLI's own log: electron-log's Node flavour (the desktop app uses its Electron flavour), one
 * file per user that rotates at 1 MB. Support gets it in logs/app/ through the app-log collector.
 * Logging never breaks a run: a log folder that cannot be written only loses the log.
 */
import log from 'electron-log/node';
import type { Environment } from '../platform/environment.js';
import { cliLogPath } from '../platform/app-log-location.js';

/** A small logger surface, so the CLI does not depend on electron-log's types. */
export interface CliLog {
  path: string;
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Points electron-log's file transport at the CLI log. Its console transport is switched off: stdout
 * is the CLI's output, and a log write error on stderr would break its one-line contract.
 */
export function openCliLog(environment: Environment): CliLog {
  const file = cliLogPath(environment);
  log.transports.console.level = false;
  // electron-log reports its own write errors by calling the console transport directly, past its level.
  log.transports.console.writeFn = () => undefined;
  // Otherwise electron-log looks for a package.json from the working folder, which a CLI cannot rely on.
  log.transports.file.setAppName('zoom-phone-support-bundle');
  log.transports.file.level = 'info';
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  const safe = (write: (message: string) => void) => (message: string) => {
    try {
      write(message);
    } catch {
      // an unwritable log folder costs only the log
    }
  };
  return { path: file, info: safe((m) => log.info(m)), warn: safe((m) => log.warn(m)) };
}
