/**
 * The CLI's own log: electron-log's Node flavour (the desktop app uses its Electron flavour), one
 * file per user that rotates at 1 MB. Support gets it in logs/app/ through the app-log collector.
 * Logging never breaks a run: a log folder that cannot be written only loses the log.
 */
import { closeSync, fstatSync, mkdirSync, openSync, statSync } from 'node:fs';
import path from 'node:path';
import log from 'electron-log/node';
import { outOfAccountReach } from '../platform/account-reach.js';
import { APPEND_NO_FOLLOW } from '../platform/no-follow-write.js';
import type { Environment } from '../platform/environment.js';
import { cliLogPath } from '../platform/app-log-location.js';

/** A small logger surface, so the CLI does not depend on electron-log's types. */
export interface CliLog {
  path: string;
  info(message: string): void;
  warn(message: string): void;
}

/** How many missing folders above the log are made at most (a sane home needs three or four). */
const MAX_NEW_FOLDERS = 8;

/**
 * Makes the log's folder one level at a time. Not mkdir's recursive mode: on a home that is not a
 * real folder (HOME=/proc/self) Node's recursive mkdir retries forever at full CPU.
 */
function makeLogFolder(dir: string): boolean {
  // A log folder reached through a link into another account's folders is not written at all.
  if (outOfAccountReach(dir)) return false;
  const missing: string[] = [];
  let current = dir;
  try {
    for (;;) {
      const stat = statSync(current, { throwIfNoEntry: false });
      if (stat) {
        if (!stat.isDirectory()) return false;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current || missing.length >= MAX_NEW_FOLDERS) return false;
      missing.push(current);
      current = parent;
    }
    for (const folder of missing.reverse()) mkdirSync(folder, { mode: 0o700 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the log file (or opens the one there) without following a link and checks it is a
 * regular file: electron-log's own first open ("can it write?") would follow a link planted there.
 */
function logFileUsable(file: string): boolean {
  try {
    const fd = openSync(file, APPEND_NO_FOLLOW, 0o600);
    try {
      return fstatSync(fd).isFile();
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
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
  // A folder that cannot be made costs only the log: electron-log is never asked to make it.
  log.transports.file.level = makeLogFolder(path.dirname(file)) && logFileUsable(file) ? 'info' : false;
  log.transports.file.resolvePathFn = () => file;
  // Never through a link planted in the log's place (O_NOFOLLOW), never blocked by a FIFO there.
  // electron-log types the flag as a string; Node's fs takes the numeric flags too.
  log.transports.file.writeOptions = { flag: APPEND_NO_FOLLOW as unknown as 'a', mode: 0o600, encoding: 'utf8' };
  const safe = (write: (message: string) => void) => (message: string) => {
    try {
      write(message);
    } catch {
      // an unwritable log folder costs only the log
    }
  };
  return { path: file, info: safe((m) => log.info(m)), warn: safe((m) => log.warn(m)) };
}
