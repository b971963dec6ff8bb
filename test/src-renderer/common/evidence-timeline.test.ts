// The timeline of what the logs say, in Chromium with the real services: a Zoom log written on
// Tokyo time (not this machine's zone) with a network change, a SIP 403 and the reported error in
// the seconds before "now"; the wizard's one-click collect writes the real draft, whose review
// step shows the events (kind in words, time, file:line) and, behind "Show the lines", the lines.
// The saved bundle shows the same in the admin's "Review a bundle". Keyboard reachable, nothing
// off-screen at 800x600, axe clean.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { focusFacts } from '../../helpers/focus-checks.js';
import { a11yViolations, openRenderer, saveScreenshots, tabTo, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const out = path.join(dir, 'out');
const LOG_ZONE = 'Asia/Tokyo';
let harness: RendererHarness;
let chosen: string | null = null;

/** "2026-11-26 09:05:01.400" on the Tokyo wall clock. */
function tokyo(at: Date): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: LOG_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(at);
  return `${parts}.${String(at.getMilliseconds()).padStart(3, '0')}`;
}

beforeAll(async () => {
  const now = new Date();
  const ago = (seconds: number) => tokyo(new Date(now.getTime() - seconds * 1000));
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  mkdirSync(out);
  writeFileSync(
    path.join(home, '.zoom', 'logs', 'zoom_1.log'),
    [
      `${ago(3600)} INFO [Auth] sign-in ok`,
      `${ago(9)} WARN [Net] net::ERR_NETWORK_CHANGED`,
      `${ago(3)} INFO [SIP] received SIP/2.0 403 Forbidden`,
      'CSeq: 3 REGISTER',
      `${ago(2)} ERROR [CallMgr] Call failed (code: 2202400)`,
      `${ago(1)} INFO [CallMgr] call state changed: FAILED -> IDLE`,
      '',
    ].join('\n'),
  );
  const environment = { ...fixtureEnvironment('linux', home, {}, now), timeZone: LOG_ZONE };
  harness = await openRenderer({ outputDir: out, draftDir: path.join(dir, 'drafts'), environment, settings: { probes: false }, chooseBundleFile: async () => chosen });
});
afterAll(() => harness?.close());

/** Nothing in the timeline reaches past the window's right edge, and the page does not scroll sideways. */
async function offScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('[data-testid="evidence-timeline"], [data-testid="evidence-timeline"] *')]
      .filter((el) => el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)} > ${width}`);
    if (document.documentElement.scrollWidth > width) wide.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    return wide;
  });
}

/** The timeline's events, the lines behind the disclosure by keyboard, and the screen checks. */
async function checkTimeline(page: Page, name: string) {
  const timeline = page.getByTestId('evidence-timeline');
  await expect.poll(() => timeline.count()).toBe(1);
  const events = await page.getByTestId('timeline-events').locator('li').allTextContents();
  expect(events).toHaveLength(3);
  expect(events[0]).toMatch(/^\d\d:\d\d:\d\d Network or interface change logs\/zoom\/home\/zoom_1\.log:2$/);
  expect(events[1]).toMatch(/^\d\d:\d\d:\d\d SIP 4xx\/5xx\/6xx response: 403 Forbidden logs\/zoom\/home\/zoom_1\.log:3$/);
  expect(events[2]).toMatch(/^\d\d:\d\d:\d\d The reported error: exact match logs\/zoom\/home\/zoom_1\.log:5$/);
  expect(await page.getByTestId('timeline-window').textContent()).toContain(`on the logs\u2019 clock (${LOG_ZONE})`);
  // Triage read the logs: the summary says where they point.
  expect(await page.getByTestId('timeline-summary').textContent()).toContain('point at the account or provisioning and the network');
  // The lines are behind the disclosure until it is opened, by keyboard.
  const lines = page.getByTestId('timeline-lines');
  expect(await lines.locator('pre').isVisible()).toBe(false);
  await page.locator('body').focus();
  await tabTo(page, 'Show the lines');
  expect((await focusFacts(page))?.underStickyBar).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(() => lines.locator('pre').isVisible()).toBe(true);
  const text = (await lines.locator('pre').textContent())!;
  expect(text).toContain('logs/zoom/home/zoom_1.log:4  CSeq: 3 REGISTER');
  expect(text).toContain('ERROR [CallMgr] Call failed (code: 2202400)');
  // The lines themselves can be scrolled by keyboard.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Log lines within the window');
  expect((await focusFacts(page))?.underStickyBar).toBe(false);
  expect(await offScreen(page)).toEqual([]);
  expect(await a11yViolations(page)).toEqual([]);
  await saveScreenshots(page, name);
  expect(await offScreen(page)).toEqual([]);
  expect(harness.pageErrors).toEqual([]);
}

describe('evidence timeline', () => {
  it('the review step shows the window\u2019s events and, on request, its lines (800x600, keyboard)', async () => {
    const { page } = harness;
    await page.setViewportSize({ width: 800, height: 600 });
    await expect.poll(() => page.locator('#step-heading').textContent()).toContain('What happened');
    await page.getByLabel('Error text (optional)').fill('Call failed (code: 2202400)');
    await page.getByRole('button', { name: 'Create support bundle now' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 60_000 }).toContain('Review before saving');
    await checkTimeline(page, 'timeline-review-step');
    await page.getByRole('button', { name: 'Agree and create bundle' }).click();
    await expect.poll(() => readdirSync(out).filter((f) => f.endsWith('.zip')).length, { timeout: 60_000 }).toBe(1);
  });

  it('the admin\u2019s review of the saved bundle shows the same timeline', async () => {
    const { page } = harness;
    chosen = path.join(out, readdirSync(out).find((f) => f.endsWith('.zip'))!);
    await page.reload();
    await page.setViewportSize({ width: 800, height: 600 });
    await page.getByRole('button', { name: 'Review a bundle' }).click();
    await page.getByRole('button', { name: 'Open bundle…' }).click();
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 20_000 }).toBe('Verified: every file matches the manifest.');
    await checkTimeline(page, 'timeline-bundle-review');
  });
});
