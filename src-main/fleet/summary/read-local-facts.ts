/**
 * The facts of local bundle files one by one, for `zpb facts`: each read and checked as summarize
 * reads it (read-bundle-facts.ts), a few at a time, with the sha256 of the whole zip beside it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readBundleFacts, type BundleFacts } from './read-bundle-facts.js';

/** One file's facts and the sha256 of its bytes (undefined when it could not be read). */
export interface LocalBundleFacts {
  file: string;
  facts: BundleFacts;
  zipSha256?: string;
}

async function fileSha256(file: string): Promise<string | undefined> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** Reads every file (in the order given), `concurrency` at once; a bad file is a row with its reason, never a throw. */
export async function readLocalFacts(files: readonly string[], options: { signal?: AbortSignal; concurrency?: number } = {}): Promise<LocalBundleFacts[]> {
  const read: LocalBundleFacts[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      options.signal?.throwIfAborted();
      const index = next++;
      const file = files[index]!;
      const facts = await readBundleFacts(file);
      // Only a file that was read as a zip is hashed whole: a FIFO named *.zip is never opened.
      read[index] = { file, facts, ...(facts.ok ? { zipSha256: await fileSha256(file) } : {}) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  return read;
}
