/**
 * How many capture groups a regex source has, read without compiling it: compiling each rule only to
 * count its groups cost ~30 ms of every process's start (~30 large patterns, each compiled once more
 * than the scan needs; docs/perf-notes.md).
 */

/** How many capture groups a regex source has (what `exec` returns beyond the whole match). */
export function captureCount(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      // '(' alone or a named group '(?<name>', not '(?:', '(?=', '(?<=' or '(?<!'.
      if (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!')) count++;
    }
  }
  return count;
}
