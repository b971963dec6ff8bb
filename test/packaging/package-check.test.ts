// Runs `scripts/package-check.mjs` (the real electron-builder, linux and mac dir targets, against
// stand-in Electron distributions) once, then reads what it produced: the app.asar's entries, the
// fuses in the packaged Linux executable and macOS framework, the .desktop entry, the macOS
// Info.plist (URL scheme, asar integrity), and that the packaged production dependencies are enough
// for the built code to resolve every package it imports.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { extractAll, extractFile, getRawHeader, listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { parse as parsePlist } from 'plist';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_LINK_SCHEME } from '../../src-shared/request-link.js';
import { PROJECT_ROOT } from '../helpers/run-cli.js';
import { useTempDir } from '../helpers/temp-dir.js';

const out = useTempDir('zpb-package-check-');
const appDir = path.join(out, 'linux-unpacked');
const asarPath = path.join(appDir, 'resources', 'app.asar');
const executable = path.join(appDir, 'zoom-phone-support-bundle');
const macApp = path.join(out, 'mac', 'Zoom Phone Support Bundle.app');
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  desktopName: string;
};
let stdout = '';
let files: string[] = [];

function runPackageCheck(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts', 'package-check.mjs'), '--out', out], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdoutText = '';
    let stderrText = '';
    child.stdout.on('data', (d: Buffer) => (stdoutText += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderrText += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: stdoutText, stderr: stderrText }));
  });
}

/** Files (not folders) of the archive, as paths without the leading slash. */
function asarFiles(): string[] {
  return listPackage(asarPath, { isPack: false })
    .map((entry) => entry.replace(/^[/\\]/, '').split(path.sep).join('/'))
    .filter((entry) => 'size' in statFile(asarPath, entry));
}

/** Every file under a folder, relative, with forward slashes. */
function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** `name@version` of every package npm installs for production (package-lock.json marks the rest dev). */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean }> };
  return new Set(
    Object.entries(lock.packages)
      .filter(([at, meta]) => at.includes('node_modules/') && !meta.dev)
      .map(([at, meta]) => `${at.replace(/^.*node_modules\//, '')}@${meta.version}`),
  );
}

/** The folder of the package an archive file belongs to (`…/node_modules/@scope/name`), or null. */
function packageDirOf(file: string): string | null {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1] ?? null;
}

beforeAll(async () => {
  const run = await runPackageCheck();
  stdout = run.stdout;
  expect(run.code, run.stderr).toBe(0);
  files = asarFiles();
}, 180_000);

describe('npm run package:check (electron-builder --linux dir and --mac dir, stand-in Electron)', () => {
  it('packages resources/app.asar and reports its size', () => {
    expect(statSync(asarPath).size).toBeGreaterThan(0);
    expect(stdout).toMatch(/app\.asar: \d+(\.\d+)? MiB, \d+ entries/);
  });

  it('holds only dist/ runtime files, package.json and production dependencies', () => {
    const outside = files.filter((f) => !f.startsWith('dist/') && !f.startsWith('node_modules/') && f !== 'package.json');
    expect(outside).toEqual([]);
    // Every built runtime file, and nothing else from dist/.
    const built = walk(path.join(PROJECT_ROOT, 'dist')).filter((f) => !f.endsWith('.map')).map((f) => `dist/${f}`);
    expect(files.filter((f) => f.startsWith('dist/')).sort()).toEqual(built.sort());
    expect(files.filter((f) => f.endsWith('.map') || /\.(m|c)?ts$/.test(f))).toEqual([]);
    expect(files.filter((f) => /(^|\/)(test|tests|__tests__|bench|src-main|src-shared|src-renderer)\//.test(f))).toEqual([]);
  });

  it('packs no stale build output: every CLI file is reached from the CLI entry', () => {
    const cli = new Set(files.filter((f) => /^dist\/cli\/.*\.js$/.test(f)));
    const reached = new Set<string>();
    const queue = ['dist/cli/zpb.js'];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (reached.has(file) || !cli.has(file)) continue;
      reached.add(file);
      for (const match of extractFile(asarPath, file).toString('utf8').matchAll(/\b(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
        queue.push(path.posix.join(path.posix.dirname(file), match[1]!));
      }
    }
    expect(reached.size).toBeGreaterThan(1);
    expect([...cli].filter((f) => !reached.has(f))).toEqual([]);
  });

  it('packs no dev dependency and every production dependency', () => {
    // electron-builder lays the tree out its own way (hoisting other versions than npm), so compare
    // packages by name and version, read from each packed package.json.
    const dirs = new Set(files.map(packageDirOf).filter((dir): dir is string => dir !== null));
    const packed = [...dirs].map((dir) => {
      const meta = JSON.parse(extractFile(asarPath, `${dir}/package.json`).toString('utf8')) as { name: string; version: string };
      return `${meta.name}@${meta.version}`;
    });
    const production = productionPackages();
    expect(packed.filter((id) => !production.has(id))).toEqual([]);
    const names = new Set(packed.map((id) => id.slice(0, id.lastIndexOf('@'))));
    expect(Object.keys(pkg.dependencies).filter((name) => !names.has(name))).toEqual([]);
    expect(Object.keys(pkg.devDependencies).filter((name) => names.has(name))).toEqual([]);
  });

  it('packs everything the built main and CLI import (resolved from the unpacked archive)', () => {
    const extracted = path.join(out, 'extracted');
    extractAll(asarPath, extracted);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const specifiers = new Set<string>();
    for (const file of files.filter((f) => /^dist\/(electron\/main|cli\/.*)\.js$/.test(f))) {
      const code = readFileSync(path.join(extracted, file), 'utf8');
      // Static imports start a line in esbuild's output; dynamic ones are import("name"). The CLI
      // bundles its packages, so text inside them ("... from " + input) must not count.
      for (const match of code.matchAll(/^import\s*(?:[\w$*{},\s]+from\s*)?"([^"./][^"]*)"/gm)) specifiers.add(match[1]!);
      for (const match of code.matchAll(/\bimport\(\s*"([^"./][^"]*)"\s*\)/g)) specifiers.add(match[1]!);
    }
    // Electron provides 'electron' itself at run time.
    const packages = [...specifiers].filter((s) => !builtins.has(s) && s !== 'electron').sort();
    expect(packages).toContain('zod');
    const probe = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', 'for (const s of JSON.parse(process.argv[1])) { try { import.meta.resolve(s); } catch { console.log(s); } }', JSON.stringify(packages)],
      { cwd: path.join(extracted, 'dist', 'electron'), encoding: 'utf8' },
    );
    expect(probe.stderr).toBe('');
    expect(probe.stdout.trim().split('\n').filter(Boolean)).toEqual([]);
  });

  it('sets the fuses in the packaged Linux executable and macOS framework; the script prints each as read back', async () => {
    const expected: [FuseV1Options, string][] = [
      [FuseV1Options.RunAsNode, 'Disabled'],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, 'Disabled'],
      [FuseV1Options.EnableNodeCliInspectArguments, 'Disabled'],
      [FuseV1Options.EnableCookieEncryption, 'Enabled'],
      [FuseV1Options.OnlyLoadAppFromAsar, 'Enabled'],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, 'Enabled'],
    ];
    for (const target of [executable, macApp]) {
      const wire = await getCurrentFuseWire(target);
      const state = (fuse: FuseV1Options) => ({ 48: 'Disabled', 49: 'Enabled' })[wire[fuse] as number] ?? `unexpected ${wire[fuse]}`;
      for (const [fuse, want] of expected) expect(state(fuse), `${FuseV1Options[fuse]} in ${target}`).toBe(want);
    }
    for (const [fuse, want] of expected) expect(stdout).toContain(`${FuseV1Options[fuse]} is ${want}`);
  });

  it('macOS: the Info.plist names the app, registers the URL scheme and carries the asar integrity hash', () => {
    const info = parsePlist(readFileSync(path.join(macApp, 'Contents', 'Info.plist'), 'utf8')) as {
      CFBundleIdentifier: string;
      CFBundleShortVersionString: string;
      CFBundleURLTypes: { CFBundleURLSchemes: string[] }[];
      ElectronAsarIntegrity: Record<string, { algorithm: string; hash: string }>;
    };
    expect(info.CFBundleIdentifier).toMatch(/^io\.github\./);
    expect(info.CFBundleShortVersionString).toBe(pkg.version);
    expect(info.CFBundleURLTypes.flatMap((t) => t.CFBundleURLSchemes)).toContain(REQUEST_LINK_SCHEME.replace(/:$/, ''));
    // Electron checks this hash of the archive's header at start (the fuse above switches that on).
    const macAsar = path.join(macApp, 'Contents', 'Resources', 'app.asar');
    const header = getRawHeader(macAsar).headerString;
    expect(info.ElectronAsarIntegrity['Resources/app.asar']).toEqual({ algorithm: 'SHA256', hash: createHash('sha256').update(header).digest('hex') });
    expect(readFileSync(path.join(macApp, 'Contents', 'Resources', 'icon.icns')).equals(readFileSync(path.join(PROJECT_ROOT, 'assets', 'icon.icns')))).toBe(true);
  });

  it('writes a .desktop entry that takes the request-link scheme and passes the link on', () => {
    const desktop = readFileSync(path.join(out, pkg.desktopName), 'utf8');
    const mimeType = /^MimeType=(.*)$/m.exec(desktop)?.[1] ?? '';
    expect(mimeType.split(';')).toContain(`x-scheme-handler/${REQUEST_LINK_SCHEME.replace(/:$/, '')}`);
    expect(/^Exec=.*$/m.exec(desktop)?.[0]).toMatch(/ %U$/);
    expect(/^StartupWMClass=(.*)$/m.exec(desktop)?.[1]).toBe(pkg.desktopName.replace(/\.desktop$/, ''));
  });

  it('ships no updater: no update feed file, no electron-updater', () => {
    expect(existsSync(path.join(appDir, 'resources', 'app-update.yml'))).toBe(false);
    expect(files.filter((f) => /(^|\/)node_modules\/electron-updater\//.test(f))).toEqual([]);
  });
});
