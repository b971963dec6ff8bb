// A command runner that answers from recorded outputs (test/fixtures/commands/<os>/...), so the
// collectors' parsing of reg, scutil, gsettings, dpkg-query, ... is tested on Linux.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandOptions, CommandResult, CommandRunner } from '../../src-main/platform/command-runner.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'commands');

/**
 * How one command answers: recorded files (relative to test/fixtures/commands) or inline text.
 * Files are read as bytes and decoded as the runner's caller asks (a Windows console code page), like
 * the real runner does.
 */
export interface RecordedCommand {
  stdout?: string;
  stdoutFile?: string;
  stderrFile?: string;
  exitCode?: number;
}

/** Reads a recorded command output (UTF-8 unless a decoder is given). */
export function commandFixture(relative: string, decode: (bytes: Uint8Array) => string = (bytes) => Buffer.from(bytes).toString('utf8')): string {
  return decode(readFileSync(path.join(FIXTURES, relative)));
}

/**
 * Answers "file arg1 arg2" from the table; any command not in it behaves like a program that is
 * not installed. Every call is recorded in `calls`.
 */
export function fixtureRunner(table: Record<string, RecordedCommand>): CommandRunner & { calls: string[] } {
  const calls: string[] = [];
  const runner = async (file: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandResult> => {
    const line = [file, ...args].join(' ');
    calls.push(line);
    const recorded = table[line];
    if (!recorded) return { ok: false, stdout: '', stderr: '', exitCode: null, reason: 'not found' };
    const exitCode = recorded.exitCode ?? 0;
    const stdout = recorded.stdoutFile ? commandFixture(recorded.stdoutFile, options.decode) : (recorded.stdout ?? '');
    const stderr = recorded.stderrFile ? commandFixture(recorded.stderrFile, options.decode) : '';
    return exitCode === 0 ? { ok: true, stdout, stderr, exitCode } : { ok: false, stdout, stderr, exitCode, reason: `exit ${exitCode}` };
  };
  return Object.assign(runner, { calls });
}
