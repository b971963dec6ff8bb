// The lint step enforces the layer rules: proven here on small files that break each rule.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it('only src-main/electron may import electron', async () => {
    expect(await restrictedImports('src-main/collect/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/cli/x.ts', "import log from 'electron-log/main';\nexport const a = log;\n")).toHaveLength(1);
    expect(await restrictedImports('src-main/electron/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });

  it('shared and renderer code import no Node built-ins', async () => {
    for (const file of ['src-shared/x.ts', 'src-renderer/x.tsx']) {
      expect(await restrictedImports(file, "import fs from 'node:fs';\nexport const a = fs;\n"), file).toHaveLength(1);
      expect(await restrictedImports(file, "import path from 'path';\nexport const a = path;\n"), file).toHaveLength(1);
    }
  });

  it('the renderer and shared code never import from src-main', async () => {
    expect(await restrictedImports('src-renderer/x.tsx', "import { createBundle } from '../src-main/services/create-bundle.js';\nexport const a = createBundle;\n")).toHaveLength(1);
    expect(await restrictedImports('src-shared/x.ts', "import { APP_NAME } from '../src-main/app-info.js';\nexport const a = APP_NAME;\n")).toHaveLength(1);
    expect(await restrictedImports('src-renderer/x.tsx', "import { readErrorCode } from '../src-shared/error-code.js';\nexport const a = readErrorCode;\n")).toEqual([]);
  });

  it('inside src-main imports go down: platform, probes and redact, collect, bundle, services, then cli and electron', async () => {
    const upward: [string, string][] = [
      ['src-main/collect/x.ts', '../services/create-bundle.js'],
      ['src-main/platform/x.ts', '../collect/collector.js'],
      ['src-main/redact/rules/x.ts', '../../bundle/bundle-writer.js'],
      ['src-main/probes/x.ts', '../redact/redactor.js'],
      ['src-main/bundle/x.ts', '../cli/zpb.js'],
      ['src-main/services/x.ts', '../electron/main.js'],
      ['src-main/electron/x.ts', '../cli/zpb.js'],
      ['src-main/app-info.ts', './platform/environment.js'],
      ['src-main/fleet/x.ts', '../services/summarize-bundles.js'],
      ['src-main/bundle/x.ts', '../fleet/ids/reporter-ids.js'],
    ];
    for (const [file, target] of upward) {
      const messages = await restrictedImports(file, `import * as m from '${target}';\nexport const a = m;\n`);
      expect(messages.filter((m) => /imports go down/.test(m)), `${file} -> ${target}`).toHaveLength(1);
    }
    const downward: [string, string][] = [
      ['src-main/collect/x.ts', '../platform/environment.js'],
      ['src-main/collect/x.ts', '../probes/probe-runner.js'],
      ['src-main/bundle/x.ts', '../redact/redactor.js'],
      ['src-main/services/x.ts', '../bundle/bundle-writer.js'],
      ['src-main/cli/x.ts', '../services/create-bundle.js'],
      ['src-main/redact/rules/x.ts', '../../platform/environment.js'],
      ['src-main/services/x.ts', '../fleet/ids/reporter-ids.js'],
      ['src-main/fleet/summary/x.ts', '../../bundle/verify-bundle.js'],
      ['src-main/fleet/x.ts', '../platform/environment.js'],
    ];
    for (const [file, target] of downward) {
      expect(await restrictedImports(file, `import * as m from '${target}';\nexport const a = m;\n`), `${file} -> ${target}`).toEqual([]);
    }
  });

  it('every folder of src-main has its place in the order (a new folder cannot escape the rule)', async () => {
    const folders = readdirSync(path.join(PROJECT_ROOT, 'src-main'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const folder of folders) {
      const config = await eslint.calculateConfigForFile(path.join(PROJECT_ROOT, 'src-main', folder, 'x.ts'));
      const patterns = JSON.stringify(config.rules?.['no-restricted-imports'] ?? []);
      expect(patterns, `src-main/${folder} is missing from eslint.config.js's mainBelow`).toContain(`src-main/${folder} may not import`);
    }
  });

  it('the whole tree passes lint', async () => {
    const results = await eslint.lintFiles(['src-shared', 'src-main', 'src-renderer']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(PROJECT_ROOT, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
