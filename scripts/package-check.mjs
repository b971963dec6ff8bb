// npm run package:check: a real electron-builder run (`--linux dir` and `--mac dir`), offline. The
// Electron binary cannot be downloaded here, so electron-builder packages against stand-in Electron
// distributions made below: the Linux executable and the macOS framework binary carry Electron's fuse
// sentinel and a fuse wire with Electron's defaults, which electron-builder's fuse step
// (electronFuses) flips as it would flip the real ones; the macOS app has the Info.plist files
// electron-builder rewrites (URL types, asar integrity). Then prints what was packaged (app.asar size
// and entries) and each fuse as read back from the packaged Linux executable. Also writes the Linux
// .desktop entry that the AppImage/deb targets would install, computed by electron-builder's own
// code, beside the unpacked app.
//
// Usage: node scripts/package-check.mjs [--out DIR]   (default: release/; needs `npm run build`)
// Output: DIR/linux-unpacked/, DIR/mac/Zoom Phone Support Bundle.app/, DIR/<desktopName>.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper.js';
import { Arch, Platform, build } from 'electron-builder';
import { build as buildPlist } from 'plist';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// @electron/fuses' sentinel, then the wire: version 1, length, one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's shipped defaults, in FuseV1Options order: RunAsNode on, cookie encryption off, NODE_OPTIONS
// on, inspect arguments on, asar integrity off, only-asar off, browser V8 snapshot off, file:// privileges on.
const ELECTRON_DEFAULT_WIRE = '10110001';
const FUSE_STATES = { 48: 'Disabled', 49: 'Enabled', 114: 'Removed' };

function fuseCarrier(prefix) {
  return Buffer.concat([Buffer.from(prefix), Buffer.from(FUSE_SENTINEL), Buffer.from([1, ELECTRON_DEFAULT_WIRE.length]), Buffer.from(ELECTRON_DEFAULT_WIRE), Buffer.from('\n')]);
}

function write(file, data, mode) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  if (mode) chmodSync(file, mode);
}

const NOT_AN_APP = 'echo "stand-in Electron: not an app" >&2\nexit 1\n';

/** A folder electron-builder accepts as an unpacked Linux Electron distribution (electronDist). */
function makeStandInLinuxElectron(dir) {
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  write(path.join(dir, 'electron'), Buffer.concat([fuseCarrier('#!/bin/sh\n# Stand-in for the Electron binary (package check only). Fuse wire: '), Buffer.from(NOT_AN_APP)]), 0o755);
  write(path.join(dir, 'LICENSE'), 'Stand-in for the Electron distribution, used by the package check only.\n');
  return dir;
}

/** The same for macOS: Electron.app with its Info.plist, helpers, and the framework binary that holds the fuses. */
function makeStandInMacElectron(dir) {
  const contents = path.join(dir, 'Electron.app', 'Contents');
  write(path.join(contents, 'Info.plist'), buildPlist({ CFBundleExecutable: 'Electron', CFBundleIdentifier: 'com.github.Electron', CFBundleName: 'Electron', CFBundlePackageType: 'APPL' }));
  write(path.join(contents, 'MacOS', 'Electron'), `#!/bin/sh\n${NOT_AN_APP}`, 0o755);
  mkdirSync(path.join(contents, 'Resources'), { recursive: true });
  write(path.join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework'), fuseCarrier('stand-in framework, fuse wire: '));
  for (const suffix of ['', ' (Renderer)', ' (GPU)', ' (Plugin)']) {
    const helper = path.join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
    write(path.join(helper, 'Info.plist'), buildPlist({ CFBundleExecutable: `Electron Helper${suffix}`, CFBundleIdentifier: 'com.github.Electron.helper', CFBundlePackageType: 'APPL' }));
    write(path.join(helper, 'MacOS', `Electron Helper${suffix}`), `#!/bin/sh\n${NOT_AN_APP}`, 0o755);
  }
  return dir;
}

/** Each fuse of a packaged executable by name, as "Enabled", "Disabled" or "Removed". */
async function readFuses(executable) {
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
  const standIn = mkdtempSync(path.join(os.tmpdir(), 'zpb-electron-stand-in-'));
  const linuxElectron = makeStandInLinuxElectron(path.join(standIn, 'linux'));
  const macElectron = makeStandInMacElectron(path.join(standIn, 'darwin'));
  let desktopFile = null;
  try {
    await build({
      projectDir: PROJECT_ROOT,
      targets: new Map([...Platform.LINUX.createTarget('dir', Arch.x64), ...Platform.MAC.createTarget('dir', Arch.x64)]),
      config: {
        electronDist: (options) => (options.platformName === 'darwin' ? macElectron : linuxElectron),
        directories: { output: outDir },
        afterPack: async (context) => {
          if (context.electronPlatformName === 'linux') desktopFile = await writeDesktopEntry(context, outDir);
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
    `package check: ${appDir} (and ${path.join(outDir, 'mac')})`,
    `app.asar: ${(statSync(asar).size / 1024 / 1024).toFixed(1)} MiB, ${entries.length} entries`,
    ...Object.entries(fuses).map(([name, state]) => `${name} is ${state}`),
    `desktop entry: ${desktopFile}`,
    `took ${((Date.now() - started) / 1000).toFixed(1)} s`,
  ];
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(`package check failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exitCode = 1;
});
