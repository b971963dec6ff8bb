/**
 * A regex source's capture groups, read without compiling it: how many there are, and the source with
 * them made non-capturing. Compiling each rule only to count its groups cost ~30 ms of every
 * process's start (~30 large patterns, each compiled once more than the scan needs), and a pass
 * pays for every capture group at each place it tries a match (docs/perf-notes.md).
 */

/** Where each capture group opens: the index of its '(' and the length of the opening ('(' or '(?<name>'). */
function captureOpenings(source: string): { at: number; length: number }[] {
  const openings: { at: number; length: number }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      // '(' alone or a named group '(?<name>', not '(?:', '(?=', '(?<=' or '(?<!'.
      if (source[i + 1] !== '?') openings.push({ at: i, length: 1 });
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') openings.push({ at: i, length: source.indexOf('>', i) + 1 - i });
    }
  }
  return openings;
}

/** How many capture groups a regex source has (what `exec` returns beyond the whole match). */
export function captureCount(source: string): number {
  return captureOpenings(source).length;
}

/** A regex source with its capture groups made non-capturing ('(a)' -> '(?:a)'; escapes and classes kept). */
export function withoutCaptures(source: string): string {
  let out = '';
  let from = 0;
  for (const { at, length } of captureOpenings(source)) {
    out += `${source.slice(from, at)}(?:`;
    from = at + length;
  }
  return out + source.slice(from);
}
