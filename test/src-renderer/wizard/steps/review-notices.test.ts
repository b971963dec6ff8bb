// The review step in Chromium with the real services, on a computer with no Zoom logs at all: the
// note that none were found, and where the app looked, is the first thing on the screen, at
// 1280x800 and 800x600; the bundle can still be made.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEnvironment } from '../../../helpers/fixture-environment.js';
import { a11yViolations, openRenderer, type RendererHarness } from '../../../helpers/renderer-harness.js';
import { useTempDir } from '../../../helpers/temp-dir.js';

const dir = useTempDir();
const home = path.join(dir, 'home-without-zoom');
let harness: RendererHarness;

beforeAll(async () => {
  mkdirSync(home);
  mkdirSync(path.join(dir, 'out'));
  harness = await openRenderer({ outputDir: path.join(dir, 'out'), draftDir: path.join(dir, 'drafts'), environment: fixtureEnvironment('linux', home), settings: { probes: false } });
});
afterAll(() => harness?.close());

describe('review step on a computer without Zoom logs', () => {
  for (const [width, height] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    it(`says no Zoom Workplace logs were found and where it looked, in view at ${width}x${height}`, async () => {
      const { page } = harness;
      await page.setViewportSize({ width, height });
      await page.reload();
      await expect.poll(() => page.locator('#step-heading').textContent()).toContain('What happened');
      await page.getByRole('button', { name: 'Create support bundle now' }).click();
      await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 30_000 }).toContain('Review before saving');
      const notice = page.getByTestId('notice');
      expect(await notice.count()).toBe(1);
      expect(await notice.textContent()).toContain(`No Zoom Workplace logs were found: none of the places Zoom keeps them exists (looked in ${path.join(home, '.zoom', 'logs')}`);
      expect(await notice.isVisible()).toBe(true);
      const box = await notice.boundingBox();
      expect(box!.y + Math.min(box!.height, 40)).toBeLessThanOrEqual(height);
      expect(await page.getByRole('button', { name: 'Agree and create bundle' }).isEnabled()).toBe(true);
      expect(await a11yViolations(page)).toEqual([]);
      expect(harness.pageErrors).toEqual([]);
    });
  }
});
