/**
 * A short command's trimmed output, run synchronously, or undefined when it fails, says nothing or
 * takes too long. For the few facts asked once per process while the environment is built (the
 * account's full name, the macOS Computer Name); everything else goes through the async runner.
 */
import { execFileSync } from 'node:child_process';

export function commandOutput(command: string, args: string[], timeout = 2000): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
