/**
 * Small state files (the replay store, upload receipts) written whole or not at all: the text goes
 * to a temporary file in the same folder, is synced, and is renamed over the target, so a crash or
 * a full disk never leaves half a file where a reader expects a whole one. The folder must not lead
 * through a link out of this account's reach, and the temporary file is never a link (rename then
 * replaces a link planted at the target instead of writing through it).
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assertInAccountReach } from './account-reach.js';
import { CREATE_NEW_NO_FOLLOW } from './no-follow-write.js';

/** Writes `text` to `file` through a temporary file in the same folder and a rename. */
export async function writeFileAtomic(file: string, text: string, mode = 0o600): Promise<void> {
  assertInAccountReach(path.dirname(file));
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(temporary, CREATE_NEW_NO_FOLLOW, mode);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, file);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
