/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring (a
 * slice, a regex group) as a view into its parent, so keeping the substring keeps the whole parent
 * alive: a 64 KiB piece of a log per value. Whatever the redactor keeps beyond one scan (the
 * mapping's originals, caches) keeps a detached copy.
 */
export function detach(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
