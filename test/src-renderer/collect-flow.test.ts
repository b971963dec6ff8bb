// The built renderer in Debian's Chromium, with the real services behind window.zpb:
// type an error, click collect, open the real zip that was written.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVerifiedBundle } from '../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../helpers/fixture-environment.js';
import { openRenderer, type RendererHarness } from '../helpers/renderer-harness.js';
import { useTempDir } from '../helpers/temp-dir.js';

const dir = useTempDir();
let harness: RendererHarness;

beforeAll(async () => {
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
  const outputDir = path.join(dir, 'out');
  mkdirSync(outputDir);
  harness = await openRenderer({ outputDir, environment: fixtureEnvironment('linux', home) });
});
afterAll(() => harness?.close());

describe('renderer: first screen', () => {
  it('reads the error code live, collects, and shows the path of a real bundle', async () => {
    const { page } = harness;
    await page.getByLabel('Error text').fill('Call failed (code: 2202400)');
    await expect.poll(() => page.getByTestId('error-code').textContent()).toContain('Error code 400');
    await page.getByRole('button', { name: 'Collect support bundle' }).click();
    const pathText = await page.getByTestId('bundle-path').textContent({ timeout: 20_000 });
    expect(pathText).toMatch(/zoom-phone-bundle-\d{8}-\d{6}\.zip$/);
    const { entries } = await readVerifiedBundle(pathText!);
    expect(JSON.parse(entries.get('report.json')!.toString())).toMatchObject({ errorText: 'Call failed (code: 2202400)', errorCode: { code: '400' } });
    expect(entries.has('logs/zoom/home/zoom_stdout_stderr.log')).toBe(true);
    await page.screenshot({ path: path.join('test-results', 'first-screen-done.png') });
  });

  it('runs under the strict CSP without violations or page errors', () => {
    expect(harness.pageErrors).toEqual([]);
  });
});
