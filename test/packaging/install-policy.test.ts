// What a fresh `npm ci` depends on, read from package.json and package-lock.json without installing:
// every locked package accepts every Node that package.json's engines allows (else npm prints
// EBADENGINE), and every locked package with an install script is approved or denied by name in
// allowScripts (else npm 11 lists it as "not yet covered"). The real install is checked by
// scripts/clean-install.mjs in .ci/run; these fail within a second of the lockfile changing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const locked = Object.entries(lock.packages)
  .filter(([where]) => where !== '')
  .map(([where, entry]) => ({ name: where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length), entry }));

describe('install policy', () => {
  it("asks for a Node every locked package's engines accepts", () => {
    const wanted = pkg.engines.node;
    expect(lock.packages['']?.engines).toEqual({ node: wanted });
    const narrower = locked
      .map(({ name, entry }) => ({ name, range: Array.isArray(entry.engines) ? undefined : entry.engines?.node }))
      .filter((p): p is { name: string; range: string } => p.range !== undefined && !semver.subset(wanted, p.range))
      .map((p) => `${p.name} wants ${p.range}`);
    expect(narrower).toEqual([]);
    // Electron's install tooling is what raised the floor: a supported Electron needs 22.12 or newer.
    expect(semver.satisfies('20.20.2', wanted)).toBe(false);
    expect(semver.satisfies('22.13.0', wanted)).toBe(true);
  });

  it('decides on every install script: each is approved or denied in allowScripts', () => {
    const decided = Object.keys(pkg.allowScripts ?? {}).map((key) => key.replace(/(.)@.*$/, '$1'));
    const undecided = locked.filter(({ name, entry }) => entry.hasInstallScript && !decided.includes(name)).map(({ name, entry }) => `${name}@${entry.version}`);
    expect(undecided).toEqual([]);
    // And no stale entry: each names a package that is locked and has an install script.
    const withScripts = new Set(locked.filter(({ entry }) => entry.hasInstallScript).map(({ name }) => name));
    expect(decided.filter((name) => !withScripts.has(name))).toEqual([]);
  });
});
