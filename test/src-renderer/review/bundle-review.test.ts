// The admin review screen in Chromium with the real inspect service: a good bundle verifies and
// shows its summary, findings, probe table and files; a tampered copy is shown as failed with what failed.
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { ZipArchive } from 'archiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntries } from '../../../src-main/bundle/zip-reader.js';
import type { Collector } from '../../../src-main/collect/collector.js';
import { zoomLogsCollector } from '../../../src-main/collect/zoom-logs-collector.js';
import { createBundle } from '../../../src-main/services/create-bundle.js';
import { fixtureEnvironment } from '../../helpers/fixture-environment.js';
import { networkSection, probeResult, probesSection, vpnProxySection } from '../../helpers/collected-evidence.js';
import { a11yViolations, openRenderer, saveScreenshots, type RendererHarness } from '../../helpers/renderer-harness.js';
import type { Page } from 'playwright-core';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
let harness: RendererHarness;
let chosen: string | null = null;
let good: string;
let tampered: string;
let hostile: string;

// Network facts in the shape the network collectors deliver (network.json: probes, vpnProxy).
const network: Collector = {
  id: 'probes',
  deadlineMs: 5_000,
  section: { file: 'network.json', key: 'probes' },
  run: async () => ({
    data: probesSection([
      probeResult({ id: 'https', kind: 'tcp', host: 'zoom.us', port: 443, verdict: 'open' }),
      probeResult({ id: 'sip-tls', kind: 'tls', host: 'sip.zoom.us', port: 5091, verdict: 'timeout', reason: 'no answer within 3000 ms' }),
    ]),
  }),
};
const vpnProxy: Collector = { id: 'vpn-proxy', deadlineMs: 5_000, section: { file: 'network.json', key: 'vpnProxy' }, run: async () => ({ data: vpnProxySection('none', 'none') }) };
const networkFacts: Collector = { id: 'network', deadlineMs: 5_000, section: { file: 'network.json', key: 'network' }, run: async () => ({ data: networkSection() }) };

/** Copies a zip with one entry's content changed and the manifest left as it was. */
async function tamper(source: string, target: string, entry: string): Promise<void> {
  const entries = await readZipEntries(source);
  const archive = new ZipArchive({ zlib: { level: 6 } });
  const out = createWriteStream(target);
  archive.pipe(out);
  for (const [name, content] of entries) archive.append(name === entry ? Buffer.from(content.toString().replace('2202400', '2202403')) : content, { name });
  await archive.finalize();
  await finished(out);
}

beforeAll(async () => {
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(home, '.zoom', 'logs', 'zoom_stdout_stderr.log'), 'Linux Client Version is 5.4.57862.0110\n');
  const environment = fixtureEnvironment('linux', home, {}, new Date('2026-11-26T08:00:00Z'));
  const bundle = await createBundle({
    report: { errorText: 'Call failed (code: 2202400)', occurredAt: '2026-11-26T09:00:00+01:00', timeZone: 'Europe/Berlin', action: 'dialing', scope: 'many-users-one-network', ticket: 'HD-4711' },
    outPath: path.join(dir, 'good.zip'),
    environment,
    collectors: [network, vpnProxy, networkFacts],
  });
  good = bundle.path;
  tampered = path.join(dir, 'tampered.zip');
  await tamper(good, tampered, 'report.json');
  // A bundle whose text and a file name carry a right-to-left override and a zero-width space.
  const hostileHome = path.join(dir, 'hostile-home');
  mkdirSync(path.join(hostileHome, '.zoom', 'logs'), { recursive: true });
  writeFileSync(path.join(hostileHome, '.zoom', 'logs', 'zoom_\u202egol.exe'), 'started\n');
  hostile = (
    await createBundle({
      report: { errorText: 'Call failed \u202e(code: 2202400)\u200b', occurredAt: '2026-11-26T09:00:00+01:00', timeZone: 'Europe/Berlin', ticket: 'HD-\u202e4711' },
      outPath: path.join(dir, 'hostile.zip'),
      environment: fixtureEnvironment('linux', hostileHome, {}, new Date('2026-11-26T08:00:00Z')),
      collectors: [networkFacts, zoomLogsCollector],
    })
  ).path;
  harness = await openRenderer({ outputDir: dir, environment, chooseBundleFile: async () => chosen });
});
afterAll(() => harness?.close());

/** axe (any impact) and screenshots at both window sizes. */
async function checkScreen(page: Page, name: string) {
  expect(await a11yViolations(page), `axe on ${name}`).toEqual([]);
  await saveScreenshots(page, name);
}

describe('bundle review screen', () => {
  it('opens a bundle and shows verification, summary, findings, probes, redactions and files', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Review a bundle' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Review a support bundle');
    chosen = good;
    await page.getByRole('button', { name: 'Open bundle…' }).click();
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 20_000 }).toBe('Verified: every file matches the manifest.');
    const summary = await page.getByTestId('summary').textContent();
    expect(summary).toContain('HD-4711');
    expect(summary).toContain('Error code400');
    expect(summary).toContain('Who is affectedMany users on one network');
    // Values in people's words: local time with its zone, the connection and the verdicts.
    expect(summary).toContain('When (local time where it happened)26 Nov 2026, 09:00 (Europe/Berlin, UTC+01:00)');
    expect(summary).toContain('ConnectionWired');
    expect(summary).toContain('VPNNo VPN');
    expect(summary).toContain('ProxyNo proxy');
    expect(await page.getByTestId('bundle-contents').getAttribute('data-trusted')).toBe('yes');
    expect(await page.getByTestId('untrusted-label').count()).toBe(0);
    const findings = await page.locator('[data-finding]').evaluateAll((els) => els.map((e) => e.getAttribute('data-finding')));
    expect(findings).toEqual(expect.arrayContaining(['measured.blocked-ports', 'seed.one-network', 'repair.dialing']));
    expect(await page.getByTestId('probes').locator('tbody tr').allTextContents()).toEqual([
      'Web and sign-in traffic (TCP 443) to zoom.usWorksopen',
      'Secure SIP (TLS 5091) to sip.zoom.usNo answer in timeno answer within 3000 ms',
    ]);
    expect(await page.getByTestId('manifest-files').textContent()).toContain('analysis.json');
    await checkScreen(page, 'review-verified');
  });

  it('shows a tampered copy as failed, naming the file that does not match', async () => {
    const { page } = harness;
    chosen = tampered;
    await page.getByRole('button', { name: 'Open bundle…' }).click();
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 20_000 }).toContain('Verification failed.');
    expect(await page.getByTestId('verification').textContent()).toContain('The file report.json does not match its sha256 in the manifest.');
    // What follows is marked as untrusted, not shown as if it were fine.
    expect(await page.getByTestId('bundle-contents').getAttribute('data-trusted')).toBe('no');
    expect(await page.getByTestId('untrusted-label').textContent()).toMatch(/^Not verified: everything below comes from a bundle that does not match its manifest/);
    expect(await page.getByTestId('summary').evaluate((el) => el.closest('.untrusted') !== null)).toBe(true);
    await checkScreen(page, 'review-tampered');
  });

  it('says so in a sentence when the file is not a bundle at all', async () => {
    const { page } = harness;
    chosen = path.join(dir, 'notes.zip');
    writeFileSync(chosen, 'not a zip');
    await page.getByRole('button', { name: 'Open bundle…' }).click();
    // One sentence, no zip library text, and nothing below it.
    await expect.poll(() => page.getByTestId('verification').textContent()).toBe('This file is not a support bundle: it is not a zip file.');
    expect(await page.getByTestId('bundle-contents').count()).toBe(0);
    await checkScreen(page, 'review-not-a-zip');
    expect(harness.pageErrors).toEqual([]);
  });
});

describe('bundle review by drag and drop', () => {
  it('verifies a bundle dropped on the page, by its bytes, and names the dropped file', async () => {
    const { page } = harness;
    const bytes = [...readFileSync(good)];
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(content)], 'dropped-bundle.zip', { type: 'application/zip' }));
      return transfer;
    }, bytes);
    await page.getByTestId('drop-zone').dispatchEvent('dragover', { dataTransfer });
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect.poll(() => page.getByTestId('verification').textContent(), { timeout: 20_000 }).toBe('Verified: every file matches the manifest.');
    expect(await page.locator('.file-name').textContent()).toBe('dropped-bundle.zip');
    expect(harness.pageErrors).toEqual([]);
  });

  it('shows bidi overrides and invisible characters from a bundle\u2019s text and file names escaped, as the CLI does', async () => {
    const { page } = harness;
    chosen = hostile;
    await page.getByRole('button', { name: 'Open bundle…' }).click();
    await expect.poll(() => page.getByTestId('summary').textContent(), { timeout: 20_000 }).toContain('HD-\\u202e4711');
    const summary = (await page.getByTestId('summary').textContent())!;
    expect(summary).toContain('Call failed \\u202e(code: 2202400)\\u200b');
    const files = (await page.getByTestId('manifest-files').textContent())!;
    expect(files).toContain('zoom_\\u202egol.exe');
    const shown = await page.locator('main').textContent();
    expect(shown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200d]/);
  });
});
