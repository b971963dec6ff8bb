/**
 * This app's own log (electron-log in the desktop app, the CLI's log in zpb) into logs/app/, with
 * the rotated previous file when there is one. Text, so it goes through redaction like Zoom's logs.
 */
import { count } from '../../src-shared/plural-words.js';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { alignToLine } from './align-to-line.js';
import type { BundleFileSource, Collector } from './collector.js';

/** electron-log rotates at 1 MB; this cap only guards against a misconfigured logger. */
const MAX_APP_LOG_BYTES = 5 * 1024 * 1024;

/** electron-log's rotation renames main.log to main.old.log. */
function rotatedPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.old${ext}`);
}

async function source(file: string): Promise<BundleFileSource | null> {
  const stat = await fs.lstat(file).catch(() => null);
  if (!stat?.isFile()) return null;
  const cut = Math.max(0, stat.size - MAX_APP_LOG_BYTES);
  const start = await alignToLine(file, cut, stat.size);
  return { bundlePath: `logs/app/${path.basename(file)}`, sourcePath: file, start, end: stat.size, kind: 'text', truncated: start > 0, source: 'app-log' };
}

/** Copies the app's log file (and its rotated predecessor) named by context.appLogPath. */
export const appLogCollector: Collector<{ path: string | null; files: number }> = {
  id: 'app-log',
  deadlineMs: 3000,
  listsFiles: true,
  async run({ appLogPath: file }) {
    if (!file) return { status: 'skipped', message: 'no app log configured', data: { path: null, files: 0 } };
    const files = (await Promise.all([source(rotatedPath(file)), source(file)])).filter((f): f is BundleFileSource => f !== null);
    if (files.length === 0) return { status: 'skipped', message: `no app log at ${file} yet`, data: { path: file, files: 0 } };
    return { message: count(files.length, 'file'), data: { path: file, files: files.length }, files };
  },
};
