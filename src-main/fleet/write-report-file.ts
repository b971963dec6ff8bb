/**
 * Writes a report file (summarize's --csv and --html) whole or not at all: into a private
 * temporary file beside it, then renamed over the target. An existing report is replaced.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Writes `text` to `target` atomically; throws with one plain line when the folder is missing. */
export async function writeReportFile(target: string, text: string): Promise<void> {
  const folder = path.dirname(target);
  if (!(await fs.stat(folder).catch(() => null))?.isDirectory()) throw new Error(`the folder ${folder} does not exist`);
  if ((await fs.stat(target).catch(() => null))?.isDirectory()) throw new Error(`${target} is a folder`);
  const temp = path.join(folder, `.${path.basename(target)}.${randomBytes(4).toString('hex')}.partial`);
  try {
    await fs.writeFile(temp, text, { flag: 'wx', mode: 0o644 });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
