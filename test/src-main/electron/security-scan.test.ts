// Electronegativity over the BUILT main, preload and renderer: any finding of medium or higher
// severity that security/electronegativity-allowlist.json does not explain fails the test. The CLI
// (dist/cli) is no part of the Electron app and bundles its npm packages, which the scanner's
// parser does not read: it is left out.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as electronegativityModule from '@doyensec/electronegativity';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';

interface Finding {
  id: string;
  file: string;
  severity: { value: number; name: string };
  description: string;
  location: { line: number };
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Finding[]; errors: unknown[] }>;

// CommonJS with a transpiled default export: the function sits one or two `default`s deep.
const loaded = electronegativityModule as unknown as { default: Run | { default: Run } };
const runScan: Run = typeof loaded.default === 'function' ? loaded.default : loaded.default.default;
const allowlist = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'security', 'electronegativity-allowlist.json'), 'utf8')) as {
  allow: { id: string; file: string; reason: string }[];
};
const MEDIUM = 2;
/** The Electron app's built parts under dist/ (main and preload, renderer). */
const APP_PARTS = ['electron', 'renderer'];

async function scan(input: string): Promise<Finding[]> {
  const result = await runScan({
    input,
    isRelative: true,
    electronVersionOverride: '45.5.0',
    // This check downloads Electron release data: no network here, and not a property of our code.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  });
  expect(result.errors).toEqual([]);
  return result.issues.filter((issue) => issue.severity.value >= MEDIUM);
}

describe('Electron security scan (Electronegativity)', () => {
  it('finds nothing of medium or higher severity in the built app that the allow-list does not explain', async () => {
    // One scan over the app's parts together (its global checks look across main and renderer).
    const copy = mkdtempSync(path.join(os.tmpdir(), 'zpb-scan-'));
    try {
      for (const part of APP_PARTS) cpSync(path.join(PROJECT_ROOT, 'dist', part), path.join(copy, part), { recursive: true });
      const findings = await scan(copy);
      // Paths come back relative to the scanned folder; the allow-list names them from the project root.
      const unexplained = findings.filter((f) => !allowlist.allow.some((a) => a.id === f.id && path.normalize(a.file) === path.join('dist', f.file)));
      expect(unexplained.map((f) => `${f.severity.name} ${f.id} dist/${f.file}:${f.location.line} ${f.description}`)).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('does flag an insecure window (the scan can fail)', async () => {
    const findings = await scan(path.join(PROJECT_ROOT, 'test', 'fixtures', 'insecure-electron'));
    expect(findings.map((f) => f.id)).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK']));
  });
});
