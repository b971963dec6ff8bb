/**
 * A short command's trimmed output, run synchronously, or undefined when it fails, says nothing or
 * takes too long. For the few facts asked once per process while the environment is built (the
 * account's full name, the macOS Computer Name); everything else goes through the async runner.
 */
import { execFileSync } from 'node:child_process';
import { systemCommandEnvironment, systemCommandPath } from './system-command.js';

/** `command` is found as the async runner finds it: by absolute path in the system's program folders. */
export function commandOutput(command: string, args: string[], timeout = 2000): string | undefined {
  const program = systemCommandPath(command);
  if (program === undefined) return undefined;
  try {
    return execFileSync(program, args, { encoding: 'utf8', timeout, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'], env: systemCommandEnvironment() }).trim() || undefined;
  } catch {
    return undefined;
  }
}
