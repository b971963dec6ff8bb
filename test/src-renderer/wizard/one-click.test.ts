// The one-click path in the real renderer (Chromium) with the real services behind window.zpb:
// "Create support bundle now" on the first screen, then "Agree and create bundle" next to the
// consent statement: two clicks to a verified bundle on disk. The network tests run too, against
// a plan on 127.0.0.1, so the defaults are the real ones.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { focusFacts } from '../../helpers/focus-checks.js';
import { LOOPBACK, silentTcpServer, type Running } from '../../helpers/loopback-servers.js';
import { openRenderer, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const home = path.join(dir, 'home');
const outputDir = path.join(dir, 'out');
let harness: RendererHarness;
let listener: Running;

beforeAll(async () => {
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  for (let i = 0; i < 6; i++) writeFileSync(path.join(home, '.zoom', 'logs', `zoom_${i}.log`), `SIP/2.0 400 Bad Request from jane${i}@example.com\n`);
  mkdirSync(outputDir);
  listener = await silentTcpServer();
  const plan = path.join(dir, 'plan.json');
  writeFileSync(plan, JSON.stringify({ version: 1, targets: [{ id: 'tcp-443', kind: 'tcp', host: LOOPBACK, port: listener.port }] }));
  harness = await openRenderer({ outputDir, draftDir: path.join(dir, 'drafts'), environment: fixtureEnvironment('linux', home), settings: { probePlanPath: plan, probeDeadlineMs: 3000 } });
});
afterAll(async () => {
  await harness?.close();
  await listener?.close();
});

/** Clicks, counted. */
function clicker() {
  let count = 0;
  return {
    async click(target: Locator) {
      count++;
      await target.click();
    },
    get count() {
      return count;
    },
  };
}

const heading = (page: Page) => page.locator('#step-heading');

describe('one click, as the mission says', () => {
  it('two clicks from the first screen to a bundle on disk, with the error text if pasted and everything else "not sure"', async () => {
    const { page } = harness;
    await page.setViewportSize({ width: 800, height: 600 });
    const clicks = clicker();
    await expect.poll(() => heading(page).textContent()).toContain('What happened');
    await page.getByLabel('Error text').fill('Call failed (code: 2202400)'); // pasting is not a click
    const started = Date.now();
    await clicks.click(page.getByRole('button', { name: 'Create support bundle now' }));
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('Review before saving');
    // The consent statement sits in the sticky action bar, beside the button, visible without scrolling.
    const consent = page.getByTestId('consent');
    const button = page.getByRole('button', { name: 'Agree and create bundle' });
    expect(await consent.evaluate((el) => el.closest('.step-actions') !== null)).toBe(true);
    expect(await consent.isVisible()).toBe(true);
    const [c, b] = [await consent.boundingBox(), await button.boundingBox()];
    expect(c!.y + c!.height).toBeLessThanOrEqual(600);
    expect(b!.y + b!.height).toBeLessThanOrEqual(600);
    expect(Math.abs(c!.y - b!.y)).toBeLessThan(120); // same bar, not three screens away
    expect(await button.getAttribute('aria-describedby')).toBe('consent-text');
    expect(readdirSync(outputDir)).toEqual([]);
    await clicks.click(button);
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('Done');
    expect(clicks.count).toBe(2);

    const [name] = readdirSync(outputDir);
    const { entries, manifest } = await readVerifiedBundle(path.join(outputDir, name!));
    const report = JSON.parse(entries.get('report.json')!.toString());
    expect(report).toMatchObject({ errorText: 'Call failed (code: 2202400)', recentChanges: [], timeZone: expect.any(String) });
    expect(report.action).toBeUndefined();
    expect(report.scope).toBeUndefined();
    expect(report.network).toBeUndefined();
    // Incident time = the moment of the click (within the test's run).
    expect(Date.parse(report.occurredAt)).toBeGreaterThanOrEqual(Math.floor(started / 60_000) * 60_000);
    expect(Date.parse(report.occurredAt)).toBeLessThanOrEqual(Date.now());
    // The network tests ran with the defaults (here on 127.0.0.1).
    expect(manifest.collectors).toContainEqual(expect.objectContaining({ id: 'probes', status: 'ok' }));
    expect(JSON.parse(entries.get('network.json')!.toString()).probes.results).toMatchObject([{ id: 'tcp-443', verdict: 'open' }]);
  });

  it('keyboard: from the last file row, consent and its button are at most 3 Tab presses away', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('button', { name: 'Create support bundle now' }).click();
    await expect.poll(() => heading(page).textContent(), { timeout: 20_000 }).toContain('Review before saving');
    const lastRow = page.getByTestId('review-files').locator('tbody tr').last();
    // Focus the last focusable control of the last row, by keyboard.
    const controls = lastRow.locator('button, input');
    await controls.last().focus();
    let presses = 0;
    let reached = false;
    while (presses < 3 && !reached) {
      await page.keyboard.press('Tab');
      presses++;
      reached = (await page.evaluate(() => document.activeElement?.textContent)) === 'Agree and create bundle';
    }
    expect(reached, `reached after ${presses} Tab presses`).toBe(true);
    const facts = await focusFacts(page);
    expect(facts!.ringContrast).toBeGreaterThanOrEqual(3);
  });
});
