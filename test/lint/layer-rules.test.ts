// The lint step enforces the layer rules: proven here on small files that break each rule.
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

  it('the whole tree passes lint', async () => {
    const results = await eslint.lintFiles(['src-shared', 'src-main', 'src-renderer']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(PROJECT_ROOT, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`));
    expect(problems).toEqual([]);
  });
});
