/**
 * Which code page Windows console tools write in on this machine: asked of the console itself
 * (`cmd /d /c chcp`, which a child process answers for the console it would share with reg or
 * netsh), else the system's OEM code page in the registry. Both answers end in the number, whatever
 * the display language ("Active code page: 437", "Aktive Codepage: 850.", "現在のコード ページ: 932").
 */
import type { CommandRunner } from './command-runner.js';
import { parseRegQuery } from './reg-query-parser.js';

/** The console's code page, as cmd's chcp asks it. */
export const CHCP_COMMAND = { file: 'cmd', args: ['/d', '/c', 'chcp'] } as const;

/** The system's OEM code page (what a new console starts with). */
export const OEM_CODE_PAGE_QUERY = { file: 'reg', args: ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Nls\\CodePage', '/v', 'OEMCP'] } as const;

/** The code page number in chcp's answer (its last number), or undefined. */
export function parseChcp(output: string): number | undefined {
  const numbers = output.match(/\d+/g);
  const last = numbers ? Number(numbers[numbers.length - 1]) : Number.NaN;
  return Number.isInteger(last) && last > 0 && last < 100000 ? last : undefined;
}

/** The console code page, or undefined when neither chcp nor the registry says. Never throws. */
export async function consoleCodePage(run: CommandRunner, signal?: AbortSignal): Promise<number | undefined> {
  const chcp = await run(CHCP_COMMAND.file, CHCP_COMMAND.args, { signal });
  const asked = chcp.ok ? parseChcp(chcp.stdout) : undefined;
  if (asked) return asked;
  const oem = await run(OEM_CODE_PAGE_QUERY.file, OEM_CODE_PAGE_QUERY.args, { signal });
  const value = oem.ok ? parseRegQuery(oem.stdout)[0]?.values.OEMCP : undefined;
  return value && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}
