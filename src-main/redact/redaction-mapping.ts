/**
 * Saves the placeholder -> original mapping beside the bundle (never inside it), readable by the
 * owner only (0600), so the user can answer a support question about "<email-2>" later.
 */
import { writeOutputFile } from '../platform/output-file.js';

/** Writes the mapping as JSON, a new file of mode 0600 (an existing regular file replaced only with `replace`). */
export async function saveRedactionMapping(file: string, mapping: ReadonlyMap<string, string>, replace = false): Promise<void> {
  // Originals are held as latin1 text of their UTF-8 bytes (the form the rules see).
  const entries = [...mapping].map(([placeholder, original]) => [placeholder, Buffer.from(original, 'latin1').toString('utf8')]);
  const text = `${JSON.stringify({ note: 'Private: maps placeholders in the bundle back to the original values. Do not share.', mapping: Object.fromEntries(entries) }, null, 2)}\n`;
  await writeOutputFile(file, text, { mode: 0o600, replace });
}
