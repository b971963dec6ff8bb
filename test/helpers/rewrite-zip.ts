// Builds tampered copies of a real bundle: read every entry back (yauzl), edit the map, write a new
// zip with archiver. Used to prove that inspect catches each kind of tampering.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { readZipEntries } from '../../src-main/bundle/zip-reader.js';

export async function rewriteZip(source: string, target: string, edit: (entries: Map<string, Buffer>) => void): Promise<void> {
  const entries = await readZipEntries(source);
  edit(entries);
  const archive = new ZipArchive({ zlib: { level: 1 } });
  const output = createWriteStream(target);
  archive.pipe(output);
  for (const [name, content] of entries) archive.append(content, { name });
  await archive.finalize();
  await finished(output);
}
