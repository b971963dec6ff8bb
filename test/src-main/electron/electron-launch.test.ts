// Launches the real Electron app where its binary exists. On these machines the binary cannot be
// downloaded, so this skips with the reason printed; the same window API, IPC handlers and
// renderer are covered in Node and Chromium by the other tests.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNELS, IPC_METHOD_CHANNELS } from '../../../src-shared/ipc-channels.js';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';

/** Finds the Electron binary without require('electron'), which would try to download it. */
function electronBinary(): { path?: string; reason?: string } {
  const pkg = path.join(PROJECT_ROOT, 'node_modules', 'electron');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return { path: path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron') };
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'the Electron binary is not installed (it cannot be downloaded on this machine)' };
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { reason: `the Electron binary ${binary} is missing` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'no display (run under xvfb-run)' };
  return { path: binary };
}

const found = electronBinary();
if (!found.path) console.log(`[skip] Electron launch test: ${found.reason}`);

describe.skipIf(!found.path)('Electron app launch', () => {
  it('opens the secure window with window.zpb and no Node in the page', async () => {
    const downloads = mkdtempSync(path.join(os.tmpdir(), 'zpb-electron-'));
    const app = await electron.launch({ executablePath: found.path, args: [path.join(PROJECT_ROOT, 'dist', 'electron', 'main.js')], env: { ...process.env, HOME: downloads } });
    try {
      const window = await app.firstWindow();
      expect(await window.title()).toBe('Zoom Phone Support Bundle');
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      const expected = [...Object.keys(IPC_METHOD_CHANNELS), ...Object.keys(IPC_EVENT_CHANNELS).map((e) => `on${e[0]!.toUpperCase()}${e.slice(1)}`)].sort();
      expect(await window.evaluate(() => Object.keys((window as unknown as { zpb: object }).zpb).sort())).toEqual(expected);
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      const info = await window.evaluate(() => (window as unknown as { zpb: { getAppInfo(r: object): Promise<{ name: string }> } }).zpb.getAppInfo({}));
      expect(info.name).toBe('Zoom Phone Support Bundle');
    } finally {
      await app.close();
    }
  });
});
