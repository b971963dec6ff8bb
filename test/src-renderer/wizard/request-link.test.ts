// A help-desk request link in the real renderer (Chromium) with the real services behind
// window.zpb: the app opened with a (signed) link shows the ticket and where to send the bundle,
// pre-fills the questions, and the saved zip carries the ticket, the request and the requested
// redaction. An unsigned link may not say where to send the bundle nor lower the redaction.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../../../src-main/platform/load-policy.js';
import { replayStoreFor } from '../../../src-main/requests/replay-store.js';
import { RequestLinkInbox } from '../../../src-main/requests/request-link-inbox.js';
import { generateRequestKeys, signRequest } from '../../../src-main/requests/sign-request.js';
import { verifySignedRequest } from '../../../src-main/requests/verify-request.js';
import type { RequestLink } from '../../../src-shared/request-link.js';
import { readVerifiedBundle } from '../../helpers/bundle-checks.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { a11yViolations, openRenderer, saveScreenshots, type RendererHarness } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
const outputDir = path.join(dir, 'out');
let harness: RendererHarness;
const keys = generateRequestKeys();
const policyFile = path.join(dir, 'policy.json');
writeFileSync(policyFile, JSON.stringify({ trustedRequestKeys: { 'desk-1': keys.publicKeyPem } }));
const environment = fixtureEnvironment('linux', path.join(dir, 'home'), { ZPB_POLICY_FILE: policyFile, XDG_STATE_HOME: path.join(dir, 'state') });
const requestLinks = new RequestLinkInbox(async (token) => verifySignedRequest(token, { policy: await loadPolicy(environment), replay: replayStoreFor(environment), now: new Date() }));
/** Only a signed request may say where to send the bundle. */
async function signedLink(claims: RequestLink): Promise<string> {
  return `zoom-phone-bundle://collect?request=${await signRequest({ privateKeyPem: keys.privateKeyPem, kid: 'desk-1', claims, now: new Date(), validForSeconds: 3600 })}`;
}
let LINK = '';
const mails: string[] = [];

beforeAll(async () => {
  mkdirSync(outputDir);
  LINK = await signedLink({ ticket: 'INC-1042', helpdesk: 'IT Service Desk', returnTo: 'mailto:servicedesk@example.com', action: 'sms', scope: 'only-me', probes: false, redaction: 'strict', logWindowHours: 72 });
  // As at a cold start: the link arrives before the page has loaded.
  await requestLinks.deliver(LINK);
  harness = await openRenderer({ outputDir, draftDir: path.join(dir, 'drafts'), environment, requestLinks, openMail: (url) => mails.push(url) });
});
afterAll(() => harness?.close());

describe('wizard opened from a help-desk request link', () => {
  it('shows the request, pre-fills the questions, and saves a bundle for that ticket', async () => {
    const { page } = harness;
    const banner = page.getByTestId('request-banner');
    await expect.poll(() => banner.textContent()).toContain('Ticket INC-1042, requested by IT Service Desk.');
    expect(await banner.textContent()).toContain('When the bundle is saved, send it to servicedesk@example.com.');
    expect(await page.getByTestId('request-settings').textContent()).toBe(
      'The help desk asks for: strict redaction (also Wi-Fi and host names hidden); Zoom logs from the last 72 hours; no network tests.',
    );
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-request-link');

    // The questions it answered are marked as the help desk's (seen by those who open them).
    await page.getByRole('button', { name: 'Answer a few questions first' }).click();
    await page.getByRole('button', { name: 'Next: what failed' }).click();
    expect(await page.getByLabel('Who is affected?').inputValue()).toBe('only-me');
    expect(await page.getByTestId('filled-by').allTextContents()).toEqual(['Filled in by IT Service Desk – change if wrong', 'Filled in by IT Service Desk – change if wrong']);
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-request-link-prefilled');
    await page.getByLabel('Who is affected?').selectOption('several-users-one-site');
    expect(await page.getByTestId('filled-by').count()).toBe(1);
    await page.getByLabel('Who is affected?').selectOption('only-me');
    // Admin-level choices stay hidden from an employee.
    expect(await page.getByLabel('What were you doing?').locator('option').allTextContents()).not.toContain('An API request');
    expect(await page.getByText('Site migration').count()).toBe(0);
    // Opened afresh from the link (as a new start of the app):
    await requestLinks.deliver(LINK);
    await page.reload();
    await expect.poll(() => banner.textContent()).toContain('Ticket INC-1042');
    // Opening the link and clicking once more reaches the review.
    await page.getByRole('button', { name: 'Create support bundle now' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent(), { timeout: 20_000 }).toContain('Review before saving');
    // The help desk's answers are labelled as theirs in the findings.
    await expect.poll(() => page.getByTestId('findings').textContent()).toContain('Scope: only me (answered by the request link from IT Service Desk, not by the user)');
    await page.getByRole('button', { name: 'Agree and create bundle' }).click();
    const bundlePath = (await page.getByTestId('bundle-path').textContent({ timeout: 20_000 }))!;
    expect(await banner.textContent()).toContain('Now send the bundle to servicedesk@example.com.');
    // "Email the help desk" opens the mail app with the ticket, the summary and the bundle's sha256.
    await page.getByRole('button', { name: 'Email the help desk' }).click();
    await expect.poll(() => mails.length).toBe(1);
    const mail = new URL(mails[0]!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('servicedesk@example.com');
    expect(mail.searchParams.get('subject')).toBe('Zoom Phone support bundle for ticket INC-1042');
    const body = mail.searchParams.get('body')!;
    expect(body).toContain('Ticket: INC-1042');
    expect(body).toMatch(/Bundle sha256: [0-9a-f]{64}/);
    expect(body).not.toContain(outputDir);

    const { manifest, entries } = await readVerifiedBundle(bundlePath);
    expect(JSON.parse(entries.get('report.json')!.toString())).toMatchObject({
      ticket: 'INC-1042',
      action: 'sms',
      scope: 'only-me',
      answeredByLink: { helpdesk: 'IT Service Desk', fields: ['action', 'scope'] },
    });
    expect(manifest.request).toMatchObject({ ticket: 'INC-1042', helpdesk: 'IT Service Desk' });
    expect(manifest.redaction.profile).toBe('strict');
    expect(manifest.collectors).toContainEqual(expect.objectContaining({ id: 'probes', status: 'skipped', message: 'network probes turned off for this bundle' }));
  }, 120_000);

  it('a bad link says in words which answer is wrong, with the parser\u2019s text behind "Show details"', async () => {
    const { page } = harness;
    requestLinks.deliver('zoom-phone-bundle://collect?ticket=INC-1043&scope=everyone');
    await page.reload();
    const notice = page.getByTestId('error-notice');
    await expect.poll(() => notice.getByRole('alert').textContent()).toBe(
      'The help desk\'s link could not be used: its value for \u201cwho is affected\u201d is not one this app can use. Ask them for a new link, or fill in the form yourself.',
    );
    await page.getByText('Show details').click();
    expect(await notice.locator('code').textContent()).toMatch(/^scope: /);
    expect(await a11yViolations(page)).toEqual([]);
    await saveScreenshots(page, 'wizard-request-link-bad');
  });

  it('shows a return host with letters from another alphabet in punycode beside it', async () => {
    const { page } = harness;
    // "exаmple.com" with a Cyrillic "а": looks like example.com, is another domain.
    const host = 'ex\u0430mple.com';
    await requestLinks.deliver(await signedLink({ ticket: 'INC-1044', returnTo: `mailto:help@${host}` }));
    await page.reload();
    const banner = page.getByTestId('request-banner');
    await expect.poll(() => banner.textContent()).toContain('Ticket INC-1044');
    expect(await banner.textContent()).toContain(`send it to help@${host} (host ${new URL(`https://${host}/`).hostname})`);
    expect(new URL(`https://${host}/`).hostname).toMatch(/^xn--/);
  });

  it('an unsigned link may not say where to send the bundle nor lower the redaction: both ignored, and the banner says so', async () => {
    const { page } = harness;
    await requestLinks.deliver('zoom-phone-bundle://collect?ticket=INC-1045&helpdesk=Desk&return=mailto:attacker@example.net&redaction=minimal');
    await page.reload();
    const banner = page.getByTestId('request-banner');
    await expect.poll(() => banner.textContent()).toContain('Ticket INC-1045');
    const text = await banner.textContent();
    expect(text).not.toContain('attacker@');
    expect(text).not.toContain('minimal');
    expect(await page.getByTestId('request-unverified').textContent()).toBe(
      'Not verified: this link is not signed, so it can only fill in answers; where it says to send the bundle is ignored; it cannot lower how much is hidden, so the standard redaction applies.',
    );
  });
});
