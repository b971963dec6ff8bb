/**
 * Opening files for writing without following a final symbolic link (O_NOFOLLOW) and without
 * blocking on a FIFO (O_NONBLOCK), for files this app owns in per-user folders: the CLI log, state
 * files, the reporter key, the redaction mapping. A link planted in place of one of them would
 * otherwise send root's (or the user's) write to wherever it points.
 */
import { constants, promises as fs } from 'node:fs';

const NO_FOLLOW = (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Append to a file, creating it: the CLI log. */
export const APPEND_NO_FOLLOW = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | NO_FOLLOW;
/** Create a file that must not exist yet: temporary files, a new key. */
export const CREATE_NEW_NO_FOLLOW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NO_FOLLOW;
/** Create or reuse a file (truncated after its type is checked). */
const OPEN_NO_FOLLOW = constants.O_WRONLY | constants.O_CREAT | NO_FOLLOW;

/**
 * Writes `data` to `file` (created with `mode`, an existing file replaced in place), refusing a
 * symbolic link (ELOOP) and anything but a regular file; the mode is set on the open file.
 */
export async function writeFileNoFollow(file: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const handle = await fs.open(file, OPEN_NO_FOLLOW, mode);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw Object.assign(new Error(`${file}: not a regular file`), { code: 'EFTYPE' });
    await handle.truncate(0);
    await handle.writeFile(data);
    await handle.chmod(mode);
  } finally {
    await handle.close();
  }
}
