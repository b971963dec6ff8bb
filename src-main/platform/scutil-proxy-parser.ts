/**
 * Reads `scutil --proxy` (macOS): a `<dictionary> { Key : value ... }` block whose values are
 * numbers, strings or nested `<array> { 0 : item ... }` blocks.
 */

/** Top-level keys with their string value, or the items of an array value. */
export function parseScutilProxy(output: string): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  let arrayKey: string | null = null;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (arrayKey) {
      if (line === '}') arrayKey = null;
      else {
        const item = /^\d+\s*:\s*(.*)$/.exec(line);
        if (item) (result[arrayKey] as string[]).push(item[1]!);
      }
      continue;
    }
    const entry = /^([A-Za-z0-9]+)\s*:\s*(.*)$/.exec(line);
    if (!entry) continue;
    if (entry[2]!.startsWith('<array>')) {
      arrayKey = entry[1]!;
      result[arrayKey] = [];
    } else {
      result[entry[1]!] = entry[2]!;
    }
  }
  return result;
}
