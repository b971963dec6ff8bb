// npm run package:check: a real `electron-builder --linux dir` run, offline. The Electron binary cannot
// be downloaded here, so electron-builder packages against a stand-in Electron distribution made
// below: an executable carrying Electron's fuse sentinel and a fuse wire with Electron's defaults,
// which electron-builder's fuse step (electronFuses) flips as it would flip the real one. Then
// prints what was packaged (app.asar size and entries) and each fuse as read back from the
// packaged executable. Also writes the Linux .desktop entry that the AppImage/deb targets would
// install, computed by electron-builder's own code, beside the unpacked app.
//
// Usage: node scripts/package-check.mjs [--out DIR]   (default: release/; needs `npm run build`)
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper.js';
import { Arch, Platform, build } from 'electron-builder';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// @electron/fuses' sentinel, then the wire: version 1, length, one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults, in FuseV1Options order: RunAsNode on, cookie encryption off, NODE_OPTIONS
// on, inspect arguments on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
const ELECTRON_DEFAULT_WIRE = '10110001';
const FUSE_STATES = { 48: 'Disabled', 49: 'Enabled', 114: 'Removed' };

/** Makes a folder electron-builder accepts as an unpacked Linux Electron distribution (electronDist). */
export function makeStandInElectron(dir) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const executable = path.join(dir, 'electron');
  const body = Buffer.concat([
    Buffer.from('#!/bin/sh\n# Stand-in for the Electron binary (package check only). Fuse wire: '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]),
    Buffer.from(ELECTRON_DEFAULT_WIRE),
    Buffer.from('\necho "stand-in Electron: not an app" >&2\nexit 1\n'),
  ]);
  writeFileSync(executable, body);
  chmodSync(executable, 0o755);
  writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron distribution, used by the package check only.\n');
  return dir;
}

/** Each fuse of a packaged executable by name, as "Enabled", "Disabled" or "Removed". */
export async function readFuses(executable) {
  const wire = await getCurrentFuseWire(executable);
  const fuses = {};
  for (const [key, state] of Object.entries(wire)) {
    if (key === 'version') continue;
    fuses[FuseV1Options[Number(key)] ?? `fuse ${key}`] = FUSE_STATES[state] ?? `unknown (${state})`;
  }
  return fuses;
}

/** electron-builder's own Linux desktop entry for this config, written to `file` (afterPack hook). */
async function writeDesktopEntry(context, outDir) {
  const helper = new LinuxTargetHelper(context.packager);
  const file = path.join(outDir, `${helper.getDesktopFileName()}.desktop`);
  await helper.writeDesktopEntry(context.packager.platformSpecificBuildOptions, null, file);
  return file;
}

function parseOut(argv) {
  const at = argv.indexOf('--out');
  if (at === -1) return path.join(PROJECT_ROOT, 'release');
  const value = argv[at + 1];
  if (!value) throw new Error('--out needs a folder');
  return path.resolve(value);
}

async function main() {
  const started = Date.now();
  const outDir = parseOut(process.argv.slice(2));
  if (!existsSync(path.join(PROJECT_ROOT, 'dist', 'electron', 'main.js'))) throw new Error('dist/ is missing: run "npm run build" first');
  const standIn = makeStandInElectron(mkdtempSync(path.join(os.tmpdir(), 'zpb-electron-stand-in-')));
  let desktopFile = null;
  try {
    await build({
      projectDir: PROJECT_ROOT,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      config: {
        electronDist: standIn,
        directories: { output: outDir },
        afterPack: async (context) => {
          desktopFile = await writeDesktopEntry(context, outDir);
        },
      },
    });
  } finally {
    rmSync(standIn, { recursive: true, force: true });
  }
  const appDir = path.join(outDir, 'linux-unpacked');
  const asar = path.join(appDir, 'resources', 'app.asar');
  const entries = listPackage(asar, { isPack: false });
  const fuses = await readFuses(path.join(appDir, 'zoom-phone-support-bundle'));
  const lines = [
    '',
    `package check: ${appDir}`,
    `app.asar: ${(statSync(asar).size / 1024 / 1024).toFixed(1)} MiB, ${entries.length} entries`,
    ...Object.entries(fuses).map(([name, state]) => `${name} is ${state}`),
    `desktop entry: ${desktopFile}`,
    `took ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  console.log(lines.join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`package check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  });
}
