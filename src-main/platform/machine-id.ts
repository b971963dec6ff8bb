/**
 * A stable identifier of this machine, read from where each OS keeps one: systemd/D-Bus's
 * machine-id on Linux, IOPlatformUUID (ioreg) on macOS, the Cryptography key's MachineGuid on
 * Windows. Only ever used as the input of a keyed hash (reporter ids); never written anywhere.
 */
import path from 'node:path';
import { commandRunnerOf } from './command-runner.js';
import { platformCommandRunner } from './platform-command-runner.js';
import { systemRootOf, type Environment } from './environment.js';
import type { SupportedPlatform } from './supported-platform.js';
import { parseRegQuery } from './reg-query-parser.js';
import { readRegularFile } from './regular-file.js';

/** Files that hold Linux's machine id, first found wins (D-Bus's copy for systems without systemd). */
const LINUX_MACHINE_ID_FILES = [['etc', 'machine-id'], ['var', 'lib', 'dbus', 'machine-id']] as const;

/** A machine id is a short line; anything longer is not one. */
const MAX_ID_BYTES = 256;

/** `ioreg -rd1 -c IOPlatformExpertDevice` prints the platform entry's properties as `"key" = "value"` lines. */
const IOREG_UUID = /"IOPlatformUUID"\s*=\s*"([^"]+)"/;

// /reg:64 reads the 64-bit view even from a 32-bit process (WOW64 would otherwise redirect the key).
const MACHINE_GUID_QUERY = ['query', 'HKLM\\SOFTWARE\\Microsoft\\Cryptography', '/v', 'MachineGuid', '/reg:64'] as const;

/** A usable id: printable, not blank, not all zeros (some images ship an empty or zeroed one). */
function usable(id: string | undefined): string | undefined {
  const trimmed = id?.trim();
  if (!trimmed || !/^[\x21-\x7e]+$/.test(trimmed) || /^[0-]+$/.test(trimmed)) return undefined;
  return trimmed.toLowerCase();
}

const READERS: Readonly<Record<SupportedPlatform, (environment: Environment) => Promise<string | undefined>>> = {
  linux: async (environment) => {
    for (const parts of LINUX_MACHINE_ID_FILES) {
      const file = path.join(systemRootOf(environment), ...parts);
      const id = usable(await readRegularFile(file, MAX_ID_BYTES).then((b) => b.toString('utf8'), () => undefined));
      if (id) return id;
    }
    return undefined;
  },
  darwin: async (environment) => {
    const result = await commandRunnerOf(environment)('ioreg', ['-rd1', '-c', 'IOPlatformExpertDevice']);
    return result.ok ? usable(IOREG_UUID.exec(result.stdout)?.[1]) : undefined;
  },
  win32: async (environment) => {
    const result = await platformCommandRunner(environment)('reg', MACHINE_GUID_QUERY);
    return result.ok ? usable(parseRegQuery(result.stdout).find((key) => key.values.MachineGuid)?.values.MachineGuid) : undefined;
  },
};

/** This machine's id (lower case), or undefined when the OS's source is missing or unusable. */
export function readMachineId(environment: Environment): Promise<string | undefined> {
  return READERS[environment.platform](environment).catch(() => undefined);
}
