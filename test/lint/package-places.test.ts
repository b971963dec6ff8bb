// Where each npm package may run is part of the layer rules (eslint.config.js PACKAGE_PLACES):
// proven on files that import a package where it cannot run, and every package the code imports
// must have a place.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';
import { sourceFiles } from './source-files.js';

const eslint = new ESLint({ cwd: PROJECT_ROOT });
// The lint config is plain JavaScript (no types): its table, as it is.
const { PACKAGE_PLACES } = (await import(path.join(PROJECT_ROOT, 'eslint.config.js'))) as { PACKAGE_PLACES: Record<'node' | 'dom' | 'anywhere', string[]> };

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** The package an import names ('@scope/name/x' -> '@scope/name', 'name/x' -> 'name'). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('where npm packages may run', () => {
  it('the probe: a Node-only package imported in src-shared fails lint, and in the renderer too', async () => {
    for (const file of ['src-shared/lint-probe.ts', 'src-renderer/lint-probe.tsx']) {
      for (const code of ["import archiver from 'archiver';\nexport const a = archiver;\n", "import si from 'systeminformation';\nexport const a = si;\n", "import { fetch } from 'undici';\nexport const a = fetch;\n", "import log from 'electron-log/node';\nexport const a = log;\n"]) {
        expect(await restrictedImports(file, code), `${file}: ${code}`).toEqual([expect.stringMatching(/no Node-only package/)]);
      }
    }
    // The same import where Node runs is fine.
    expect(await restrictedImports('src-main/bundle/lint-probe.ts', "import archiver from 'archiver';\nexport const a = archiver;\n")).toEqual([]);
  });

  it('a DOM-only package fails lint where Node runs; a package that runs anywhere passes everywhere', async () => {
    for (const file of ['src-main/services/lint-probe.ts', 'src-shared/lint-probe.ts']) {
      expect(await restrictedImports(file, "import { createRoot } from 'react-dom/client';\nexport const a = createRoot;\n"), file).toEqual([expect.stringMatching(/no DOM-only package/)]);
    }
    for (const file of ['src-main/services/lint-probe.ts', 'src-shared/lint-probe.ts', 'src-renderer/lint-probe.tsx']) {
      expect(await restrictedImports(file, "import { z } from 'zod';\nimport { stringify } from 'csv-stringify/sync';\nexport const a = [z, stringify];\n"), file).toEqual([]);
    }
    expect(await restrictedImports('src-shared/lint-probe.ts', "import { stringify } from 'csv-stringify';\nexport const a = stringify;\n")).toHaveLength(1);
  });

  it('every package the code imports has a place (a new dependency must be classified)', () => {
    const placed = new Set([...PACKAGE_PLACES.node, ...PACKAGE_PLACES.dom, ...PACKAGE_PLACES.anywhere].map(packageOf));
    const builtins = new Set(builtinModules);
    const unplaced = new Set<string>();
    const seen = new Set<string>();
    for (const file of sourceFiles()) {
      const text = readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      const specifiers = [
        ...text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm),
        ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
        ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1]!);
      for (const specifier of specifiers.filter((s) => !s.startsWith('.'))) {
        const name = packageOf(specifier);
        if (name.startsWith('node:') || builtins.has(name) || name === 'electron') continue;
        seen.add(name);
        if (!placed.has(name)) unplaced.add(`${name} (${file})`);
      }
    }
    expect(seen).toContain('archiver'); // the scan finds imports at all
    expect(seen).toContain('react');
    expect([...unplaced]).toEqual([]);
    const dependencies = Object.keys((JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    expect(dependencies.filter((name) => !placed.has(name))).toEqual([]);
  });
});
