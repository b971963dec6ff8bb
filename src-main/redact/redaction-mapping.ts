/**
 * Saves the placeholder -> original mapping beside the bundle (never inside it), readable by the
 * owner only (0600), so the user can answer a support question about "<email-2>" later.
 */
import { writeFileNoFollow } from '../platform/no-follow-write.js';

/** Writes the mapping as JSON with mode 0600 (also tightening an existing file's mode); never through a symbolic link. */
export async function saveRedactionMapping(file: string, mapping: ReadonlyMap<string, string>): Promise<void> {
  // Originals are held as latin1 text of their UTF-8 bytes (the form the rules see).
  const entries = [...mapping].map(([placeholder, original]) => [placeholder, Buffer.from(original, 'latin1').toString('utf8')]);
  const text = `${JSON.stringify({ note: 'Private: maps placeholders in the bundle back to the original values. Do not share.', mapping: Object.fromEntries(entries) }, null, 2)}\n`;
  await writeFileNoFollow(file, text, 0o600);
}
