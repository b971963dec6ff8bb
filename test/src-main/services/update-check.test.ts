// The update check against a real HTTP server on 127.0.0.1, through Node's own fetch (the app passes
// Electron's net.fetch, which has the same shape).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkForUpdate } from '../../../src-main/services/update-check.js';
import type { UploadFetch } from '../../../src-main/upload/upload-http.js';

type Reply = { status?: number; body?: string; headers?: Record<string, string>; hang?: boolean };
const replies = new Map<string, Reply>();
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const reply = replies.get(req.url ?? '') ?? { status: 404, body: 'no' };
    if (reply.hang) return; // never answers
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    res.end(reply.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const realFetch: UploadFetch = (url, init) => fetch(url, init as RequestInit);
const check = (path: string, currentVersion = '1.2.0', timeoutMs?: number) => checkForUpdate({ feedUrl: `${base}${path}`, currentVersion, fetch: realFetch, timeoutMs });

describe('checkForUpdate', () => {
  it('says a newer version is available, with its https page and notes; the same or older is current', async () => {
    replies.set('/newer.json', { body: JSON.stringify({ version: '1.10.0', url: 'https://downloads.example.org/zpb/1.10.0', notes: 'Faster bundles.' }) });
    replies.set('/same.json', { body: JSON.stringify({ version: '1.2.0', url: 'https://downloads.example.org/zpb' }) });
    replies.set('/pre.json', { body: JSON.stringify({ version: '1.2.0-beta.1', url: 'https://downloads.example.org/zpb' }) });
    expect(await check('/newer.json')).toEqual({ kind: 'available', version: '1.10.0', url: 'https://downloads.example.org/zpb/1.10.0', notes: 'Faster bundles.' });
    expect(await check('/same.json')).toEqual({ kind: 'current', version: '1.2.0' });
    expect(await check('/pre.json')).toEqual({ kind: 'current', version: '1.2.0' });
  });

  it('refuses what is not a plain feed: redirects, errors, bad JSON, bad versions, http download pages, huge documents', async () => {
    replies.set('/moved.json', { status: 302, headers: { location: 'https://elsewhere.example.net/feed.json' } });
    replies.set('/broken.json', { status: 503, body: 'down' });
    replies.set('/html.json', { body: '<html>login</html>' });
    replies.set('/badversion.json', { body: JSON.stringify({ version: 'latest', url: 'https://x.example.org' }) });
    replies.set('/httppage.json', { body: JSON.stringify({ version: '9.0.0', url: 'http://downloads.example.org/zpb.exe' }) });
    replies.set('/huge.json', { body: JSON.stringify({ version: '9.0.0', url: 'https://x.example.org', pad: 'x'.repeat(70_000) }) });
    replies.set('/missing.json', { body: JSON.stringify({ url: 'https://x.example.org' }) });
    const reasons = await Promise.all(['/moved.json', '/broken.json', '/html.json', '/badversion.json', '/httppage.json', '/huge.json', '/missing.json'].map((p) => check(p)));
    expect(reasons.map((r) => r.kind)).toEqual(Array(7).fill('failed'));
    expect(reasons.map((r) => (r.kind === 'failed' ? r.reason : ''))).toEqual([
      'the update feed answered HTTP 302',
      'the update feed answered HTTP 503',
      'the update feed is not JSON',
      "the update feed's version (latest) is not a version number",
      "the update feed's download address is not https",
      'the update feed is too large',
      'the update feed is not valid: version: Invalid input: expected string, received undefined',
    ]);
  });

  it('only asks https feeds (or this machine), and gives up on a feed that never answers', async () => {
    const asked: string[] = [];
    const recording: UploadFetch = async (url, init) => (asked.push(url), realFetch(url, init));
    expect(await checkForUpdate({ feedUrl: 'http://updates.example.org/feed.json', currentVersion: '1.0.0', fetch: recording })).toEqual({ kind: 'failed', reason: 'the update feed must be an https address' });
    expect(await checkForUpdate({ feedUrl: 'https://user:pw@updates.example.org/feed.json', currentVersion: '1.0.0', fetch: recording })).toMatchObject({ kind: 'failed' });
    expect(asked).toEqual([]);
    replies.set('/hang.json', { hang: true });
    expect(await check('/hang.json', '1.0.0', 300)).toEqual({ kind: 'failed', reason: 'the update feed could not be read: the update feed did not answer in time' });
  });
});
