/**
 * How system queries (reg, netsh, scutil, ioreg, gsettings, dpkg-query, ...) are started: by an
 * absolute path in the OS's own program folders, never found through PATH (a folder early in PATH
 * that a user can write would otherwise choose the program), and with an environment whose caches
 * and runtime files go to a private temporary folder instead of the user's home (a root run once
 * left a root-owned ~/.cache/dconf behind that the user could no longer write).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where Linux and macOS keep the system's own programs (root's folders, unlike PATH). */
const POSIX_PROGRAM_FOLDERS = ['/usr/bin', '/bin', '/usr/sbin', '/sbin'];

/** Windows programs the collectors run, below %SystemRoot%. */
const WINDOWS_PROGRAMS: Readonly<Record<string, string[]>> = {
  reg: ['System32', 'reg.exe'],
  netsh: ['System32', 'netsh.exe'],
  powershell: ['System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe'],
  // The console's code page (cmd /d /c chcp), adapters and routes for the VPN verdict.
  cmd: ['System32', 'cmd.exe'],
  ipconfig: ['System32', 'ipconfig.exe'],
  route: ['System32', 'route.exe'],
};

/**
 * The absolute path of the program `file` names: an absolute name as it is; on Windows a known
 * program below %SystemRoot%; on Linux and macOS the first of the system's program folders that has
 * it. undefined when there is none (the command is then reported as not found).
 */
export function systemCommandPath(file: string, platform: NodeJS.Platform = process.platform, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) return file;
  if (platform === 'win32') {
    const name = file.toLowerCase().replace(/\.exe$/, '');
    const parts = Object.hasOwn(WINDOWS_PROGRAMS, name) ? WINDOWS_PROGRAMS[name] : undefined;
    return parts ? path.win32.join(env.SystemRoot || env.windir || 'C:\\Windows', ...parts) : undefined;
  }
  if (file.includes('/')) return undefined;
  return POSIX_PROGRAM_FOLDERS.map((folder) => path.join(folder, file)).find((candidate) => existsSync(candidate));
}

let privateFolder: string | undefined;

/** A folder of this process only (0700), removed when it exits: where a query's caches and runtime files go. */
function commandScratchFolder(): string {
  if (privateFolder && existsSync(privateFolder)) return privateFolder;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'zpb-query-'));
  privateFolder = folder;
  process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/**
 * The environment a system query runs with: the process's own (proxy variables, the session bus)
 * with the C locale, and on Linux and macOS HOME, XDG_CACHE_HOME and XDG_RUNTIME_DIR in a private
 * temporary folder. XDG_CONFIG_HOME keeps naming the user's settings, so gsettings still reads them.
 */
export function systemCommandEnvironment(platform: NodeJS.Platform = process.platform, env: Readonly<Record<string, string | undefined>> = process.env): Record<string, string | undefined> {
  const base = { ...env, LC_ALL: 'C', LANG: 'C' };
  if (platform === 'win32') return base;
  const scratch = commandScratchFolder();
  const config = env.XDG_CONFIG_HOME || (env.HOME ? path.join(env.HOME, '.config') : undefined);
  return { ...base, HOME: scratch, XDG_CACHE_HOME: path.join(scratch, 'cache'), XDG_RUNTIME_DIR: scratch, ...(config ? { XDG_CONFIG_HOME: config } : {}) };
}
