/**
 * The bundle writer's temporary files: their naming, the ones this process has in progress (so a
 * process that must end at once still removes them), and stale ones a crashed or killed run left.
 */
import { promises as fs, rmSync } from 'node:fs';
import path from 'node:path';
import { temporaryPathFor } from '../platform/output-file.js';

const inProgress = new Set<string>();

/**
 * `.NAME.PID-HEX.partial` beside the target: hidden, never mistaken for a bundle, and naming the
 * process that writes it so a later run can tell an abandoned one from one still being written.
 */
export function partialPathFor(targetPath: string): string {
  return temporaryPathFor(targetPath);
}

// Also matches the older `.NAME.HEX.partial` naming (no pid), which older versions left behind.
const PARTIAL_NAME = /^\..+\.(?:(\d+)-)?[0-9a-f]{12}\.partial$/;
/** A partial untouched this long is abandoned even if a process with its pid runs (pids are reused). */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;
/** An older-style partial (no pid) is abandoned after this long: a live writer touches its file continuously. */
const NO_PID_ABANDONED_AFTER_MS = 10 * 60 * 1000;

/** Records a temp file as in progress; the returned function forgets it (call once it is removed or renamed). */
export function trackPartial(file: string): () => void {
  inProgress.add(file);
  return () => inProgress.delete(file);
}

/** Removes every temp file in progress, synchronously: for a process about to exit at once. */
export function removePartialsNow(): void {
  for (const file of inProgress) {
    try {
      rmSync(file, { force: true });
    } catch {
      // nothing more can be done while exiting
    }
    inProgress.delete(file);
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes our own abandoned temp files in `dir`: a partial whose writer no longer runs, or that
 * nothing has written to for a long time. Only regular files of our naming; never fails the run.
 * Returns the names removed.
 */
export async function removeStalePartials(dir: string, now = Date.now()): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = PARTIAL_NAME.exec(name);
    if (!match) continue;
    const file = path.join(dir, name);
    if (inProgress.has(file)) continue;
    const stat = await fs.lstat(file).catch(() => null);
    if (!stat?.isFile()) continue;
    const idle = now - stat.mtimeMs;
    const pid = match[1] ? Number(match[1]) : undefined;
    const abandoned = pid !== undefined ? !processRuns(pid) || idle > ABANDONED_AFTER_MS : idle > NO_PID_ABANDONED_AFTER_MS;
    if (abandoned && (await fs.rm(file, { force: true }).then(() => true, () => false))) removed.push(name);
  }
  return removed;
}
