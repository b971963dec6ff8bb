// The review screen with many bundles, in Chromium with the real services: 20 bundles written by
// the real writer (and one file that is not a bundle), opened by folder, by several files, and by
// dropping them; the groups and verdicts shown; drill-down into one bundle's view and back; axe clean.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_LABELS } from '../../../src-renderer/wizard/choice-labels.js';
import { writeFleetBundle, type FleetBundleSpec } from '../../helpers/fleet-bundles.js';
import { a11yViolations, openRenderer, saveScreenshots, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const inbox = path.join(dir, 'inbox');
let harness: RendererHarness;
let chosen: string[] = [];
let files: string[] = [];

const DIAL = { errorText: 'Call failed (code: 2202400)', action: 'dialing' } as const;
const SMS = { errorText: 'Message not sent (code: 1104403)', action: 'sms' } as const;
const SIGN_IN = { errorText: 'Sign-in failed (code: 3001408)', action: 'sign-in' } as const;
const DESK = { errorText: 'Registration failed 503 Service Unavailable', action: 'desk-phone-registration' } as const;
const ASSIGN = { errorText: 'Unable to assign number (code: 300)', action: 'assign-number' } as const;
const at = (minutes: number) => new Date(Date.UTC(2026, 10, 26, 8) + minutes * 60_000).toISOString();

const SPECS: FleetBundleSpec[] = [
  // Seven people behind the same proxy on several versions: the network they share.
  ...['ann', 'bob', 'cy', 'dee', 'eve', 'fay'].map((user, i) => ({ ...DIAL, user, occurredAt: at(i * 5), proxy: 'proxy' as const, zoomVersion: i % 2 ? '6.2.5' : '6.3.0', connection: i % 3 ? ('wifi' as const) : ('wired' as const) })),
  { ...DIAL, user: 'kim', machine: 'kim-new', occurredAt: at(40), proxy: 'proxy', zoomVersion: '6.3.0' },
  // One person on two computers.
  { ...SMS, user: 'pat', machine: 'pat-laptop', occurredAt: at(60), scope: 'only-me' },
  { ...SMS, user: 'pat', machine: 'pat-desk', occurredAt: at(70) },
  { ...SMS, user: 'pat', machine: 'pat-laptop', occurredAt: at(80) },
  // Five people on one old version across networks, while people on other versions are fine.
  ...['gus', 'hal', 'ivy', 'jo', 'lu'].map((user, i) => ({ ...SIGN_IN, user, occurredAt: at(100 + i), zoomVersion: '6.0.2', connection: i % 2 ? ('wifi' as const) : ('wired' as const) })),
  // One computer of kim's, whose other computer sent a bundle without this error.
  { ...DESK, user: 'kim', machine: 'kim-old', occurredAt: at(200) },
  { ...DESK, user: 'kim', machine: 'kim-old', occurredAt: at(210) },
  // Bundles from before reporter ids, and a lone report.
  { ...ASSIGN, occurredAt: at(300) },
  { ...ASSIGN, occurredAt: at(310) },
  { errorText: 'Call dropped (code: 480)', action: 'receiving-call', user: 'max', occurredAt: at(400) },
];

const label = (action: keyof typeof ACTION_LABELS) => ACTION_LABELS[action];
const EXPECTED_VERDICTS = {
  [`code 400, ${label('dialing')}`]: 'shared-network',
  [`code 403, ${label('sms')}`]: 'one-user',
  [`code 408, ${label('sign-in')}`]: 'shared-version',
  [`code 503, ${label('desk-phone-registration')}`]: 'one-device',
  [`code 300, ${label('assign-number')}`]: 'insufficient',
  [`code 480, ${label('receiving-call')}`]: 'insufficient',
};

/** The group whose heading names this action. */
const groupOf = (page: Page, action: keyof typeof ACTION_LABELS) => page.getByTestId('fleet-group').filter({ has: page.locator('h3', { hasText: label(action) }) });

beforeAll(async () => {
  mkdirSync(path.join(inbox, 'monday'), { recursive: true });
  files = await Promise.all(SPECS.map((spec, i) => writeFleetBundle(path.join(inbox, i % 2 ? 'monday' : ''), `bundle-${String(i).padStart(2, '0')}.zip`, spec)));
  writeFileSync(path.join(inbox, 'notes.zip'), 'an email signature, not a bundle');
  harness = await openRenderer({ outputDir: dir, chooseBundleFiles: async (folder) => (folder ? [inbox] : chosen) });
});
afterAll(() => harness?.close());

/** Each group's heading text (without "Group n: ") -> its verdict, as shown. */
async function shownVerdicts(page: Page): Promise<Record<string, string>> {
  const groups = page.getByTestId('fleet-group');
  const shown: Record<string, string> = {};
  for (let i = 0; i < (await groups.count()); i++) {
    const heading = (await groups.nth(i).locator('h3').textContent())!.replace(/^Group \d+: /, '');
    shown[heading] = (await groups.nth(i).getByTestId('fleet-verdict').getAttribute('data-verdict'))!;
  }
  return shown;
}

async function checkScreen(page: Page, name: string) {
  expect(await a11yViolations(page), `axe on ${name}`).toEqual([]);
  await saveScreenshots(page, name);
}

describe('review screen with many bundles', () => {
  it('opens a folder: 20 bundles in groups with the separation test\u2019s verdicts and evidence, the file that is not a bundle apart', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Review a bundle' }).click();
    await page.getByRole('button', { name: 'Open folder…' }).click();
    await expect.poll(() => page.getByTestId('fleet-summary').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByTestId('fleet-summary').getByRole('status').textContent()).toBe('20 bundles in 6 groups; 1 not counted.');
    expect(await shownVerdicts(page)).toEqual(EXPECTED_VERDICTS);
    expect(await page.getByTestId('fleet-groups').locator('tbody tr').count()).toBe(6);
    const first = page.getByTestId('fleet-group').first();
    expect(await first.textContent()).toContain('all 7 bundles behind a proxy (verdict proxy)');
    expect(await first.textContent()).toContain('7 from 7 people on 7 computers');
    // Counts read right wherever they are: never "1 bundles" or "1 people".
    expect(await page.locator('body').textContent()).not.toMatch(/\b1 (bundles|people|computers|groups|files|items|reporters|devices)\b/);
    expect(await page.getByTestId('fleet-invalid').textContent()).toContain('notes.zip: not a readable zip');
    expect(harness.pageErrors).toEqual([]);
    await checkScreen(page, 'review-many');
  });

  it('opens one bundle of a group in the one-bundle view, and goes back to all of them', async () => {
    const { page } = harness;
    const group = groupOf(page, 'sms');
    await group.locator('summary').click();
    await group.getByRole('button', { name: 'bundle-07.zip' }).click();
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 20_000 }).toBe('Verified: every file matches the manifest.');
    expect(await page.getByTestId('fleet-summary').isVisible()).toBe(false);
    expect(await page.getByTestId('summary').textContent()).toContain('Message not sent');
    const back = page.getByRole('button', { name: 'Back to all 20 bundles' });
    await expect.poll(() => back.evaluate((b) => b === document.activeElement)).toBe(true);
    await checkScreen(page, 'review-many-drill-down');
    await back.click();
    expect(await page.getByTestId('fleet-summary').isVisible()).toBe(true);
    expect(await page.getByTestId('inspect-result').count()).toBe(0);
    // Focus goes back to the bundle that was opened (in view), not to the page body.
    const opened = group.getByRole('button', { name: 'bundle-07.zip' });
    await expect.poll(() => opened.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await opened.evaluate((b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    // The same by keyboard: Enter on the bundle, Enter on "Back".
    await page.keyboard.press('Enter');
    await expect.poll(() => back.evaluate((b) => b === document.activeElement), { timeout: 20_000 }).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => opened.evaluate((b) => b === document.activeElement)).toBe(true);
  });

  it('opens several files chosen in the dialog', async () => {
    const { page } = harness;
    chosen = files.slice(7, 10);
    await page.getByRole('button', { name: 'Open several…' }).click();
    await expect.poll(async () => (await page.getByTestId('fleet-summary').getByRole('status').textContent()) ?? '', { timeout: 30_000 }).toBe('3 bundles in 1 group.');
    expect(await shownVerdicts(page)).toEqual({ [`code 403, ${label('sms')}`]: 'one-user' });
  });

  it('counts copies of one bundle once and lists them with the bundle they copy', async () => {
    const { page } = harness;
    const copy = path.join(dir, 'forwarded-bundle-07.zip');
    copyFileSync(files[7]!, copy);
    chosen = [files[7]!, copy, files[8]!];
    await page.getByRole('button', { name: 'Open several…' }).click();
    await expect.poll(async () => (await page.getByTestId('fleet-summary').getByRole('status').textContent()) ?? '', { timeout: 30_000 }).toBe('2 bundles in 1 group; 1 copy of a bundle counted once.');
    expect(await page.getByTestId('fleet-duplicates').textContent()).toBe('Counted once: copies of the same bundle (1)bundle-07.zip: same bundle as forwarded-bundle-07.zip');
    expect(await a11yViolations(page)).toEqual([]);
  });

  it('summarises bundles dropped together on the page, by their bytes and names', async () => {
    const { page } = harness;
    const dropped = files.map((file) => ({ name: path.basename(file), bytes: [...readFileSync(file)] }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/zip' }));
      return transfer;
    }, dropped);
    await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect.poll(async () => (await page.getByTestId('fleet-summary').getByRole('status').textContent()) ?? '', { timeout: 30_000 }).toBe('20 bundles in 6 groups.');
    expect(await shownVerdicts(page)).toEqual(EXPECTED_VERDICTS);
    const group = groupOf(page, 'desk-phone-registration');
    await group.locator('summary').click();
    await group.getByRole('button', { name: 'bundle-15.zip' }).click();
    await expect.poll(() => page.locator('.file-name').textContent(), { timeout: 20_000 }).toBe('bundle-15.zip');
    expect(await page.getByTestId('verification').textContent()).toBe('Verified: every file matches the manifest.');
    expect(harness.pageErrors).toEqual([]);
  });

  it('refuses to summarise paths main did not choose', async () => {
    const { page } = harness;
    const outcome = await page.evaluate(async (file) => {
      try {
        await (window as unknown as { zpb: { summarizeBundles(r: { paths: string[] }): Promise<unknown> } }).zpb.summarizeBundles({ paths: [file] });
        return 'summarised';
      } catch (error) {
        return (error as Error).message;
      }
    }, path.join(dir, 'elsewhere.zip'));
    expect(outcome).not.toBe('summarised');
  });
});
