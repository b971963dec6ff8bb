// A command runner that answers from recorded outputs (test/fixtures/commands/<os>/...), so the
// collectors' parsing of reg, scutil, gsettings, dpkg-query, ... is tested on Linux.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandResult, CommandRunner } from '../../src-main/platform/command-runner.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'commands');

/** How one command answers: recorded files (relative to test/fixtures/commands) or inline text. */
export interface RecordedCommand {
  stdout?: string;
  stdoutFile?: string;
  stderrFile?: string;
  exitCode?: number;
}

/** Reads a recorded command output. */
export function commandFixture(relative: string): string {
  return readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/**
 * Answers "file arg1 arg2" from the table; any command not in it behaves like a program that is
 * not installed. Every call is recorded in `calls`.
 */
export function fixtureRunner(table: Record<string, RecordedCommand>): CommandRunner & { calls: string[] } {
  const calls: string[] = [];
  const runner = async (file: string, args: readonly string[]): Promise<CommandResult> => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    const recorded = table[line];
    if (!recorded) return { ok: false, stdout: '', stderr: '', exitCode: null, reason: 'not found' };
    const exitCode = recorded.exitCode ?? 0;
    const stdout = recorded.stdoutFile ? commandFixture(recorded.stdoutFile) : (recorded.stdout ?? '');
    const stderr = recorded.stderrFile ? commandFixture(recorded.stderrFile) : '';
    return exitCode === 0 ? { ok: true, stdout, stderr, exitCode } : { ok: false, stdout, stderr, exitCode, reason: `exit ${exitCode}` };
  };
  return Object.assign(runner, { calls });
}
