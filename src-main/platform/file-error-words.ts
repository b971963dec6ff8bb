/**
 * A file system error in words ("the disk is full"), for messages people read. Node's own text
 * ("ENOTDIR: not a directory, mkdir '...'") stays in logs and behind "Show details".
 */

/** What the common error codes mean for someone trying to save a file. */
const WORDS: Readonly<Record<string, string>> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'no permission to write there',
  EPERM: 'the system did not allow it',
  EROFS: 'the disk is read-only',
  ENOTDIR: 'part of the folder path is a file, not a folder',
  ENOENT: 'the folder does not exist',
  EISDIR: 'a folder is in the way',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported a read or write error',
};

/** The words for an error with a known code, without its path (that stays in the details); undefined otherwise. */
export function fileErrorWords(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? WORDS[code] : undefined;
}
