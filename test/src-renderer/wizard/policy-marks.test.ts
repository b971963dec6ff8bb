// The organisation policy in the real renderer (Chromium) with the real services behind window.zpb:
// each option the policy fixes or bounds says "Set by your organisation" (text, tied to its control
// with aria-describedby), a redaction below the minimum is disabled, a log window above the maximum
// is not offered, a screenshot cannot be attached; the bundle saved holds what was chosen. axe clean.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src-main/platform/load-policy.js';
import { replayStoreFor } from '../../../src-main/requests/replay-store.js';
import { RequestLinkInbox } from '../../../src-main/requests/request-link-inbox.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import { verifySignedRequest } from '../../../src-main/requests/verify-request.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { a11yViolations, openRenderer, saveScreenshots, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const outputDir = path.join(dir, 'out');
const policyFile = path.join(dir, 'policy.json');
const home = path.join(dir, 'home');
const environment = fixtureEnvironment('linux', home, { ZPB_POLICY_FILE: policyFile, XDG_STATE_HOME: path.join(dir, 'state') });
const keys = generateRequestKeys();
const requestLinks = new RequestLinkInbox(async (token) => verifySignedRequest(token, { policy: await loadPolicy(environment), replay: replayStoreFor(environment), now: new Date() }));
let harness: RendererHarness;

beforeAll(async () => {
  mkdirSync(outputDir);
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'SIP/2.0 400 Bad Request\n');
  harness = await openRenderer({ outputDir, draftDir: path.join(dir, 'drafts'), environment, requestLinks });
});
afterAll(() => harness?.close());

/** The text of the elements a control names in aria-describedby. */
async function description(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

async function openForm(page: Page) {
  await page.reload();
  await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 60_000 }).toContain('What happened');
}

async function toWhereStep(page: Page) {
  await page.getByRole('button', { name: 'Answer a few questions first' }).click();
  await page.getByRole('button', { name: 'Next: what failed' }).click();
  await expect.poll(() => page.locator('#step-heading').textContent()).toContain('What failed and where');
}

describe('wizard under an organisation policy', () => {
  it('marks every option the policy sets and offers nothing looser; the bundle holds what was chosen', async () => {
    writeFileSync(policyFile, JSON.stringify({ minimumRedaction: 'standard', maxLogWindowHours: 30, maxTotalMb: 50, allowScreenshots: false, probePlan: path.join(dir, 'plan.json'), requireSignedRequests: false }));
    const { page } = harness;
    await openForm(page);
    const screenshot = page.getByLabel('Screenshot (optional)');
    await expect.poll(() => screenshot.isDisabled()).toBe(true);
    expect(await page.getByTestId('policy-mark-screenshot').textContent()).toBe('Set by your organisation: screenshots are not allowed in bundles.');
    expect(await description(page, '#screenshot')).toBe('Set by your organisation: screenshots are not allowed in bundles.');
    expect(await a11yViolations(page)).toEqual([]);

    await toWhereStep(page);
    const minimal = page.getByRole('radio', { name: /^Minimal/ });
    expect(await minimal.isDisabled()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Standard/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: /^Strict/ }).isDisabled()).toBe(false);
    for (const radio of ['Minimal', 'Standard', 'Strict']) expect(await description(page, `input[type=radio][value=${radio.toLowerCase()}]`)).toBe('Set by your organisation: at least standard redaction.');
    // A disabled option cannot be chosen, even by clicking its label.
    await page.getByText('Minimal: only secrets').click({ force: true });
    expect(await page.getByRole('radio', { name: /^Standard/ }).isChecked()).toBe(true);

    const window = page.getByLabel('Zoom logs to include');
    expect(await window.locator('option').allTextContents()).toEqual(['Last 4 hours', 'Last 12 hours', 'Last day', 'Last 30 hours']);
    expect(await window.inputValue()).toBe('30');
    expect(await description(page, 'select[id$="-log-window"]')).toBe('Set by your organisation: at most 30 hours and 50 MB of Zoom logs.');
    const probes = page.getByRole('checkbox', { name: /network tests/ });
    expect(await description(page, 'input[type=checkbox][aria-describedby$="-probes-policy"]')).toBe("Set by your organisation: the network tests follow your organisation's test plan.");
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-policy-marks');

    await page.getByRole('radio', { name: /^Strict/ }).check();
    await window.selectOption('12');
    await probes.uncheck();
    await page.getByRole('button', { name: 'Collect support data' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 60_000 }).toContain('Review before saving');
    await page.getByRole('button', { name: 'Agree and create bundle' }).click();
    const bundlePath = (await page.getByTestId('bundle-path').textContent({ timeout: 60_000 }))!;
    const { entries } = await readVerifiedBundle(bundlePath);
    expect(JSON.parse(entries.get('manifest.json')!.toString()).redaction.profile).toBe('strict');
    expect(JSON.parse(entries.get('system.json')!.toString()).zoomLogs.window.hours).toBe(12);
  }, 120_000);

  it('marks nothing and offers every choice without a policy', async () => {
    writeFileSync(policyFile, '{}');
    const { page } = harness;
    await openForm(page);
    expect(await page.getByLabel('Screenshot (optional)').isDisabled()).toBe(false);
    await toWhereStep(page);
    expect(await page.locator('[data-testid^="policy-mark"]').count()).toBe(0);
    for (const name of [/^Minimal/, /^Standard/, /^Strict/]) expect(await page.getByRole('radio', { name }).isDisabled()).toBe(false);
    expect(await page.getByLabel('Zoom logs to include').locator('option').allTextContents()).toEqual(['Last 4 hours', 'Last 12 hours', 'Last day', 'Last 2 days', 'Last 3 days', 'Last 7 days']);
    expect(await page.getByLabel('Zoom logs to include').inputValue()).toBe('48');
    expect(await a11yViolations(page)).toEqual([]);
  }, 60_000);

  it('says on the request banner that only signed requests are accepted', async () => {
    writeFileSync(policyFile, JSON.stringify({ requireSignedRequests: true, trustedRequestKeys: { 'desk-1': keys.publicKeyPem } }));
    const token = await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims: { ticket: 'INC-4100', helpdesk: 'IT Service Desk' }, now: new Date(), validForSeconds: 3600 });
    await requestLinks.deliver(`zoom-phone-bundle://collect?request=${token}`);
    const { page } = harness;
    await openForm(page);
    const banner = page.getByTestId('request-banner');
    await expect.poll(() => banner.textContent()).toContain('Ticket INC-4100');
    expect(await page.getByTestId('policy-mark-signed').textContent()).toBe('Set by your organisation: only signed help-desk requests are accepted.');
    expect(await a11yViolations(page)).toEqual([]);
  }, 60_000);
});
