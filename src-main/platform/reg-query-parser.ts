/**
 * Reads the text `reg query` prints (Windows' own registry tool, no native module needed):
 * a key line starting with HKEY_, then indented "Name    REG_TYPE    Data" lines. The default value's
 * name is in the display language ("(Default)", "(Standard)", "(par défaut)", "(既定)", "(По
 * умолчанию)", "(Predeterminado)", "(默认)"): a name wholly in parentheses is the default value, kept
 * under '', and its localized "(value not set)" data is empty.
 */

/** One registry key and its values (REG_DWORD data stays as printed, e.g. "0x1"). */
export interface RegistryKey {
  path: string;
  values: Record<string, string>;
}

const VALUE_LINE = /^\s+(.*?)\s{4}(REG_[A-Z_]+)(?:\s{4}(.*))?$/;
/** A name (or the default's data) wholly in parentheses, ASCII or full-width. */
const PARENTHESIZED = /^[(（][^()（）\\]*[)）]$/;

/** Parses every key block in `reg query` output, in order. Lines it does not know are ignored. */
export function parseRegQuery(output: string): RegistryKey[] {
  const keys: RegistryKey[] = [];
  let current: RegistryKey | undefined;
  for (const line of output.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      current = { path: line.trim(), values: {} };
      keys.push(current);
      continue;
    }
    const match = current ? VALUE_LINE.exec(line) : null;
    if (!match || !current) continue;
    const data = (match[3] ?? '').trim();
    if (PARENTHESIZED.test(match[1]!)) current.values[''] = PARENTHESIZED.test(data) ? '' : data;
    else current.values[match[1]!] = data;
  }
  return keys;
}

/** Reads a REG_DWORD as printed ("0x1") into a number; undefined when absent or not a number. */
export function regDword(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, value.startsWith('0x') ? 16 : 10);
  return Number.isNaN(parsed) ? undefined : parsed;
}
