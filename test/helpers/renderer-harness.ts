// Serves the BUILT renderer (dist/renderer) on 127.0.0.1 and opens it in Chromium with
// `window.zpb` wired to the real main-process IPC handlers through page.exposeFunction.
import { existsSync, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { createIpcHandlers, validateEvent, type MainServiceConfig } from '../../src-main/services/ipc-handlers.js';
import { launchChromium } from './chromium.js';
import { PROJECT_ROOT } from './run-cli.js';

const RENDERER_DIR = path.join(PROJECT_ROOT, 'dist', 'renderer');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

async function serveRenderer(): Promise<http.Server> {
  if (!existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('dist/renderer is missing: run "npm run build" first (npm test does)');
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(RENDERER_DIR, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!file.startsWith(RENDERER_DIR)) return void res.writeHead(403).end();
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

let bridgeCode: Promise<string> | undefined;
function bridge(): Promise<string> {
  bridgeCode ??= build({ entryPoints: [path.join(PROJECT_ROOT, 'test', 'helpers', 'browser-bridge.ts')], bundle: true, write: false, format: 'iife', target: 'chrome120' }).then(
    (result) => result.outputFiles[0]!.text,
  );
  return bridgeCode;
}

export interface RendererHarness {
  page: Page;
  url: string;
  /** Errors the page logged or threw (CSP violations included). */
  pageErrors: string[];
  close(): Promise<void>;
}

/** Opens the built renderer with real services behind `window.zpb`. */
export async function openRenderer(config: MainServiceConfig, browser?: Browser): Promise<RendererHarness> {
  const server = await serveRenderer();
  const ownBrowser = browser ? null : await launchChromium();
  const context = await (browser ?? ownBrowser!).newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  const handlers = createIpcHandlers(config);
  await page.exposeFunction('__zpbInvoke', async (channel: string, request: unknown) => {
    const handler = handlers.get(channel);
    if (!handler) return { ok: false, error: { code: 'unknown-channel', message: `unknown channel ${channel}` } };
    return handler(request, (name, payload) => {
      const message = validateEvent(name, payload);
      void page.evaluate(([c, p]) => (window as unknown as { __zpbEmit(c: string, p: unknown): void }).__zpbEmit(c as string, p), [message.channel, message.payload] as const).catch(() => undefined);
    });
  });
  await page.addInitScript({ content: await bridge() });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  await page.goto(url);
  return {
    page,
    url,
    pageErrors,
    async close() {
      await context.close();
      await ownBrowser?.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Accessibility violations of any impact axe finds on the page as it is now (rule id: target list). */
export async function a11yViolations(page: Page): Promise<string[]> {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The window sizes every step is photographed at: a laptop and the smallest supported window. */
export const SCREEN_SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;

/** Saves a full-page screenshot under test-results/ (git-ignored) as a test artifact, at the current size. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(PROJECT_ROOT, 'test-results', `${name}.png`), fullPage: true });
}

/** Saves the step at 1280x800 and at 800x600 (name-1280x800.png, name-800x600.png), then leaves the window at 800x600. */
export async function saveScreenshots(page: Page, name: string): Promise<void> {
  for (const size of SCREEN_SIZES) {
    await page.setViewportSize(size);
    await saveScreenshot(page, `${name}-${size.width}x${size.height}`);
  }
}

/**
 * Presses Tab until the focused element's accessible name contains `name`, proving it is reachable
 * by keyboard; fails after `limit` presses.
 */
export async function tabTo(page: Page, name: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return `${el.getAttribute('aria-label') ?? ''} ${labelled} ${el.tagName === 'BUTTON' || el.tagName === 'SUMMARY' ? el.textContent : ''}`;
    });
    if (focused.includes(name)) return;
  }
  throw new Error(`"${name}" was not reached with ${limit} Tab presses`);
}
