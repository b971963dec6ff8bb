// The update notice in Chromium with the real IPC handlers and a real feed on 127.0.0.1: shown only
// when the organisation's feed names a newer version; its button opens that page and nothing else.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src-main/app-info.js';
import type { UploadFetch } from '../../../src-main/upload/upload-http.js';
import { a11yViolations, openRenderer } from '../../helpers/renderer-harness.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const dir = useTempDir();
let server: http.Server;
let feeds: string;
const realFetch: UploadFetch = (url, init) => fetch(url, init as RequestInit);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const [major] = APP_VERSION.split('.');
    const version = req.url === '/newer.json' ? `${Number(major) + 1}.0.0` : APP_VERSION;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ version, url: `https://downloads.example.org/zpb/${version}`, notes: 'Bundles are sent with a receipt.' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feeds = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('update notice', () => {
  it('shows a newer version from the feed and opens only its page', async () => {
    const opened: string[] = [];
    const harness = await openRenderer({ outputDir: dir, updateFeedUrl: `${feeds}/newer.json`, fetch: realFetch, openExternal: (url) => opened.push(url) });
    try {
      const { page } = harness;
      const next = `${Number(APP_VERSION.split('.')[0]) + 1}.0.0`;
      const notice = page.getByTestId('update-notice');
      await expect.poll(() => notice.textContent()).toContain(`Version ${next} of this app is available from your organisation.`);
      expect(await notice.textContent()).toContain('Bundles are sent with a receipt.');
      expect(await a11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: `Get version ${next}` }).click();
      await expect.poll(() => opened).toEqual([`https://downloads.example.org/zpb/${next}`]);
      await page.getByRole('button', { name: 'Not now' }).click();
      expect(await notice.count()).toBe(0);
      expect(harness.pageErrors).toEqual([]);
    } finally {
      await harness.close();
    }
  });

  it('shows nothing when no feed is set (the default) or the app is current, and the page cannot be opened then', async () => {
    for (const config of [{ outputDir: dir }, { outputDir: dir, updateFeedUrl: `${feeds}/same.json`, fetch: realFetch }]) {
      const opened: string[] = [];
      const harness = await openRenderer({ ...config, openExternal: (url) => opened.push(url) });
      try {
        const { page } = harness;
        const status = await page.evaluate(() => window.zpb.checkForUpdate({}));
        expect(status.kind).toBe(config.updateFeedUrl ? 'current' : 'off');
        await expect(page.evaluate(() => window.zpb.openUpdatePage({}))).rejects.toThrow();
        expect(await page.getByTestId('update-notice').count()).toBe(0);
        expect(opened).toEqual([]);
      } finally {
        await harness.close();
      }
    }
  });
});
