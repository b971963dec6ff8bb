/**
 * Checks the organisation's update feed (docs/design.md: off unless a policy names a feed): fetches
 * the feed with the HTTP client the caller injects (Electron's net.fetch in the app), compares its
 * version with this one, and says whether a newer one exists. Nothing is downloaded or installed:
 * the app shows the version and opens the feed's page in the browser when the user asks.
 */
import semver from 'semver';
import { describeError } from '../../src-shared/describe-error.js';
import { updateFeedSchema, type UpdateCheck } from '../../src-shared/update-feed.js';
import type { UploadFetch } from '../upload/upload-http.js';

export interface UpdateCheckOptions {
  feedUrl: string;
  currentVersion: string;
  /** The same fetch-shaped client bundles are sent with (Electron's net.fetch in the app). */
  fetch: UploadFetch;
  /** Default 10 s. */
  timeoutMs?: number;
}

/** A feed this large is not an update feed. */
const MAX_FEED_BYTES = 64 * 1024;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or http to this machine only (a test feed). */
function allowedUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) ? url : null;
}

export async function checkForUpdate(options: UpdateCheckOptions): Promise<UpdateCheck> {
  const feedUrl = allowedUrl(options.feedUrl);
  if (!feedUrl) return { kind: 'failed', reason: 'the update feed must be an https address' };
  const current = semver.valid(options.currentVersion);
  if (!current) return { kind: 'failed', reason: `this app's version (${options.currentVersion}) is not a version number` };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('the update feed did not answer in time')), options.timeoutMs ?? 10_000);
  try {
    // No redirects: the feed the organisation named is the one asked, never another host.
    const response = await options.fetch(feedUrl.href, { method: 'GET', signal: controller.signal, redirect: 'manual', headers: { accept: 'application/json' } });
    if (response.status !== 200) return { kind: 'failed', reason: `the update feed answered HTTP ${response.status}` };
    if (Number(response.headers.get('content-length') ?? 0) > MAX_FEED_BYTES) return { kind: 'failed', reason: 'the update feed is too large' };
    const text = await response.text();
    if (text.length > MAX_FEED_BYTES) return { kind: 'failed', reason: 'the update feed is too large' };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return { kind: 'failed', reason: 'the update feed is not JSON' };
    }
    const feed = updateFeedSchema.safeParse(data);
    if (!feed.success) return { kind: 'failed', reason: `the update feed is not valid: ${feed.error.issues[0]?.path.join('.') || 'document'}: ${feed.error.issues[0]?.message}` };
    const latest = semver.valid(feed.data.version);
    if (!latest) return { kind: 'failed', reason: `the update feed's version (${feed.data.version}) is not a version number` };
    if (!semver.gt(latest, current)) return { kind: 'current', version: current };
    const page = allowedUrl(feed.data.url);
    if (!page) return { kind: 'failed', reason: "the update feed's download address is not https" };
    return { kind: 'available', version: latest, url: page.href, ...(feed.data.notes ? { notes: feed.data.notes } : {}) };
  } catch (error) {
    return { kind: 'failed', reason: `the update feed could not be read: ${describeError(controller.signal.aborted ? controller.signal.reason : error)}` };
  } finally {
    clearTimeout(timer);
  }
}
