/** The app's small JSON state files in its data folder (used requests, unfinished uploads). */
import { readRegularFile, RegularFileError } from './regular-file.js';

/**
 * The parsed file, or undefined when it is missing or damaged (its next write replaces it). Any
 * other failure (a folder in its place, a file over `maxBytes`, no permission) is thrown.
 */
export async function readJsonStateFile(file: string, maxBytes: number): Promise<unknown> {
  let text: string;
  try {
    // A link planted in its place is not read through: like a damaged file, the next write replaces it.
    text = (await readRegularFile(file, maxBytes, { noFollow: true })).toString('utf8');
  } catch (error) {
    if (error instanceof RegularFileError && (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.reason === 'link')) return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
