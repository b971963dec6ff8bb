// Each OS's machine id source read through the injectable environment: fixture roots on Linux,
// recorded ioreg and reg query output for macOS and Windows.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMachineId } from '../../../src-main/platform/machine-id.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { fixtureRunner } from '../../helpers/fixture-runner.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
let roots = 0;

/** A fixture root with the given files (relative path -> content). */
function root(files: Record<string, string>): string {
  const folder = path.join(dir, `root-${roots++}`);
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(path.join(folder, path.dirname(relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), content);
  }
  mkdirSync(folder, { recursive: true });
  return folder;
}

const linux = (rootDir: string) => ({ ...fixtureEnvironment('linux', dir), rootDir });
const IOREG = 'ioreg -rd1 -c IOPlatformExpertDevice';
const REG = 'reg query HKLM\\SOFTWARE\\Microsoft\\Cryptography /v MachineGuid /reg:64';

describe('readMachineId', () => {
  it('Linux: /etc/machine-id, lower case, without its newline', async () => {
    expect(await readMachineId(linux(root({ 'etc/machine-id': '4C4C4544003957108052B4C04F384D32\n' })))).toBe('4c4c4544003957108052b4c04f384d32');
  });

  it('Linux: falls back to D-Bus\u2019s copy when /etc/machine-id is missing, empty or zeroed', async () => {
    const dbus = { 'var/lib/dbus/machine-id': 'b08dfa6083e7567a1921a715000001fb\n' };
    expect(await readMachineId(linux(root(dbus)))).toBe('b08dfa6083e7567a1921a715000001fb');
    expect(await readMachineId(linux(root({ ...dbus, 'etc/machine-id': '\n' })))).toBe('b08dfa6083e7567a1921a715000001fb');
    expect(await readMachineId(linux(root({ ...dbus, 'etc/machine-id': '00000000000000000000000000000000\n' })))).toBe('b08dfa6083e7567a1921a715000001fb');
  });

  it('Linux: nothing usable gives undefined, and a FIFO in its place is not waited on', async () => {
    expect(await readMachineId(linux(root({})))).toBeUndefined();
    const fifoRoot = root({});
    mkdirSync(path.join(fifoRoot, 'etc'));
    execFileSync('mkfifo', [path.join(fifoRoot, 'etc', 'machine-id')]);
    expect(await readMachineId(linux(fifoRoot))).toBeUndefined();
    expect(await readMachineId(linux(root({ 'etc/machine-id': 'x'.repeat(4096) })))).toBeUndefined();
  });

  it('macOS: IOPlatformUUID from ioreg', async () => {
    const runCommand = fixtureRunner({ [IOREG]: { stdoutFile: 'darwin/ioreg-platform-expert.txt' } });
    expect(await readMachineId({ ...fixtureEnvironment('darwin', dir), runCommand })).toBe('6b29fc40-ca47-1067-b31d-00dd010662da');
    expect(runCommand.calls).toEqual([IOREG]);
  });

  it('macOS: ioreg missing or without the key gives undefined', async () => {
    expect(await readMachineId({ ...fixtureEnvironment('darwin', dir), runCommand: fixtureRunner({}) })).toBeUndefined();
    const runCommand = fixtureRunner({ [IOREG]: { stdout: '+-o J316sAP  <class IOPlatformExpertDevice>\n  {\n    "model" = <"MacBookPro18,1">\n  }\n' } });
    expect(await readMachineId({ ...fixtureEnvironment('darwin', dir), runCommand })).toBeUndefined();
  });

  it('Windows: MachineGuid from the 64-bit registry view', async () => {
    const runCommand = fixtureRunner({ [REG]: { stdoutFile: 'win32/reg-query-machine-guid.txt' } });
    expect(await readMachineId({ ...fixtureEnvironment('win32', dir), runCommand })).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('Windows: a missing key (reg exits 1) gives undefined', async () => {
    const runCommand = fixtureRunner({ [REG]: { stderrFile: 'win32/reg-query-missing-key.stderr.txt', exitCode: 1 } });
    expect(await readMachineId({ ...fixtureEnvironment('win32', dir), runCommand })).toBeUndefined();
  });
});
