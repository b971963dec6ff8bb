// The Electron shell (src-main/electron/main.ts and what it wires) executed against a recording
// stand-in `electron` module: the window it opens, the handlers it installs, the IPC channels and
// their sender check, deep links, single-instance and quit behaviour. The real services run behind it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcContract, ipcEvents } from '../../../src-shared/ipc-contract.js';
import { REQUEST_LINK_SCHEME } from '../../../src-shared/request-link.js';
import { StandInElectron, type StandInWindow } from '../../helpers/electron-stand-in.js';
import { PROJECT_ROOT } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const MAIN = path.join(PROJECT_ROOT, 'src-main', 'electron', 'main.ts');
// main.ts finds its files next to itself: dist/electron/main.js -> dist/.
const DIST_OF_MAIN = path.resolve(path.dirname(MAIN), '..');
const root = useTempDir('zpb-shell-');
const link = (ticket: string) => `${REQUEST_LINK_SCHEME}//collect?ticket=${ticket}&helpdesk=Service%20Desk&return=mailto:desk@example.com`;
const originalArgv = process.argv;
let run = 0;

afterEach(() => {
  process.argv = originalArgv;
  vi.doUnmock('electron');
  vi.doUnmock('electron-log/main');
  vi.resetModules();
});

/** Loads main.ts afresh against a new stand-in, as the app would start with `argv`. */
async function startShell(options: { singleInstance?: boolean; argv?: string[] } = {}): Promise<StandInElectron> {
  run += 1;
  const dirs = { temp: path.join(root, `temp-${run}`), downloads: path.join(root, `downloads-${run}`), logs: path.join(root, `logs-${run}`) };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const electron = new StandInElectron(dirs, options.singleInstance ?? true);
  vi.resetModules();
  vi.doMock('electron', () => electron.module());
  vi.doMock('electron-log/main', () => electron.log());
  process.argv = ['/opt/app/zoom-phone-support-bundle', ...(options.argv ?? [])];
  await import(pathToFileURL(MAIN).href);
  return electron;
}

async function startedAndReady(options: { argv?: string[] } = {}): Promise<{ electron: StandInElectron; window: StandInWindow }> {
  const electron = await startShell(options);
  await electron.becomeReady();
  expect(electron.windows).toHaveLength(1);
  return { electron, window: electron.windows[0]! };
}

/** An IPC event as Electron would pass it for a call from `url` (top frame unless `parent`). */
function ipcEvent(url: string | null, parent: object | null = null) {
  const sent: { channel: string; payload: unknown }[] = [];
  return { sent, event: { senderFrame: url === null ? null : { url, parent }, sender: { isDestroyed: () => false, send: (channel: string, payload: unknown) => sent.push({ channel, payload }) } } };
}

function invoke(electron: StandInElectron, channel: string, event: unknown, request: unknown = {}): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const handler = electron.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, request) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
}

describe('Electron shell under a stand-in electron', () => {
  it('a second instance quits at once and sets nothing up', async () => {
    const electron = await startShell({ singleInstance: false });
    expect(electron.calls).toEqual(['requestSingleInstanceLock']);
    expect(electron.quitCount).toBe(1);
    expect([...electron.appEvents.keys()]).toEqual([]);
    expect(electron.protocolClients).toEqual([]);
    await electron.becomeReady();
    expect(electron.windows).toEqual([]);
    expect(electron.ipcHandlers.size).toBe(0);
  });

  it('opens one hardened window on the built page with the built preload, shown when ready', async () => {
    const { window } = await startedAndReady();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(window.options.webPreferences?.preload).toBe(path.join(DIST_OF_MAIN, 'electron', 'preload.cjs'));
    expect(window.loadedFile).toBe(path.join(DIST_OF_MAIN, 'renderer', 'index.html'));
    expect(window.shown).toBe(false);
    window.listeners.get('ready-to-show')?.();
    expect(window.shown).toBe(true);
  });

  it('the built layout has those files where the built main looks, and the page carries a strict CSP', () => {
    const dist = path.join(PROJECT_ROOT, 'dist');
    expect(existsSync(path.join(dist, 'electron', 'main.js'))).toBe(true);
    expect(existsSync(path.join(dist, 'electron', 'preload.cjs'))).toBe(true);
    const html = readFileSync(path.join(dist, 'renderer', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('denies navigation, redirects, webviews and new windows in every web contents, and every permission', async () => {
    const { electron } = await startedAndReady();
    const handlers = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => unknown) | null = null;
    const contents = { on: (name: string, handler: (event: { preventDefault(): void }) => void) => handlers.set(name, handler), setWindowOpenHandler: (h: () => unknown) => (openHandler = h) };
    expect(electron.emit('web-contents-created', {}, contents)).toHaveLength(1);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      handlers.get(name)?.({ preventDefault });
      expect(preventDefault, name).toHaveBeenCalledOnce();
    }
    expect(openHandler!()).toEqual({ action: 'deny' });
    const callback = vi.fn();
    electron.permissionRequestHandler?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(electron.permissionCheckHandler?.({}, 'notifications')).toBe(false);
  });

  it('registers every contract channel, each behind the sender check', async () => {
    const { electron, window } = await startedAndReady();
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(Object.values(ipcContract).map((spec) => spec.channel).sort());
    const page = pathToFileURL(window.loadedFile!).href;
    const strangers = [ipcEvent('https://example.com/'), ipcEvent(page, { url: page }), ipcEvent(null), ipcEvent(pathToFileURL(path.join(root, 'other.html')).href)];
    for (const channel of electron.ipcHandlers.keys()) {
      for (const { event, sent } of strangers) {
        const answer = await invoke(electron, channel, event, { path: path.join(root, 'x.zip') });
        expect(answer, channel).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
        expect(sent).toEqual([]);
      }
    }
    expect(electron.shownInFolder).toEqual([]);
    expect(electron.logLines.filter((l) => l.startsWith('warn rejected IPC'))).toHaveLength(electron.ipcHandlers.size * strangers.length);
    const trusted = await invoke(electron, ipcContract.getAppInfo.channel, ipcEvent(page).event);
    expect(trusted).toMatchObject({ ok: true, value: { name: 'Zoom Phone Support Bundle', outputDir: expect.stringContaining('downloads-') } });
  });

  it('registers the request-link scheme and keeps a link from the command line until the page takes it', async () => {
    const { electron, window } = await startedAndReady({ argv: [link('INC-101')] });
    // "--" before the link (Windows builds `"exe" -- "%1"`): no switch can come from a link.
    expect(electron.protocolClients).toEqual([[REQUEST_LINK_SCHEME.replace(/:$/, ''), process.execPath, ['--']]]);
    const page = ipcEvent(pathToFileURL(window.loadedFile!).href).event;
    const first = await invoke(electron, ipcContract.takeRequestLink.channel, page);
    expect(first).toMatchObject({ ok: true, value: { link: { ticket: 'INC-101' }, error: null } });
    expect(await invoke(electron, ipcContract.takeRequestLink.channel, page)).toEqual({ ok: true, value: null });
  });

  it('run as `electron <app>` (npm start), registers the scheme with Electron and the app path', async () => {
    const defaultApp = Object.getOwnPropertyDescriptor(process, 'defaultApp');
    Object.defineProperty(process, 'defaultApp', { value: true, configurable: true });
    try {
      const electron = await startShell({ argv: ['dist/electron/main.js'] });
      expect(electron.protocolClients).toEqual([[REQUEST_LINK_SCHEME.replace(/:$/, ''), process.execPath, [path.resolve('dist/electron/main.js'), '--']]]);
    } finally {
      if (defaultApp) Object.defineProperty(process, 'defaultApp', defaultApp);
      else delete (process as { defaultApp?: boolean }).defaultApp;
    }
  });

  it('macOS open-url: held while the page loads, sent to the loaded page at once', async () => {
    const electron = await startShell();
    const early = { preventDefault: vi.fn() };
    electron.emit('open-url', early, link('INC-201'));
    expect(early.preventDefault).toHaveBeenCalledOnce();
    await electron.becomeReady();
    const window = electron.windows[0]!;
    const page = ipcEvent(pathToFileURL(window.loadedFile!).href).event;
    expect(await invoke(electron, ipcContract.takeRequestLink.channel, page)).toMatchObject({ value: { link: { ticket: 'INC-201' } } });

    window.webContents.loading = false;
    electron.emit('open-url', { preventDefault: vi.fn() }, link('INC-202'));
    // Delivered once the organisation policy was read (it may refuse unsigned links).
    await expect.poll(() => window.webContents.sent).toEqual([{ channel: ipcEvents.requestLink.channel, payload: expect.objectContaining({ link: expect.objectContaining({ ticket: 'INC-202' }) }) }]);
    expect(await invoke(electron, ipcContract.takeRequestLink.channel, page)).toEqual({ ok: true, value: null });
  });

  it('a second instance hands its link over and brings the window back', async () => {
    const { electron, window } = await startedAndReady();
    window.minimized = true;
    electron.emit('second-instance', {}, ['/opt/app/zoom-phone-support-bundle', link('INC-301')]);
    expect(window.restored).toBe(true);
    expect(window.focused).toBe(true);
    const page = ipcEvent(pathToFileURL(window.loadedFile!).href).event;
    expect(await invoke(electron, ipcContract.takeRequestLink.channel, page)).toMatchObject({ value: { link: { ticket: 'INC-301' } } });
    // A malformed link is reported to the page, not thrown.
    electron.emit('second-instance', {}, ['/opt/app/zoom-phone-support-bundle', `${REQUEST_LINK_SCHEME}//collect?nothing=1`]);
    expect(await invoke(electron, ipcContract.takeRequestLink.channel, page)).toMatchObject({ value: { link: null, error: expect.stringContaining('could not be used') } });
  });

  it('quits when the last window closes and removes its private draft folder at quit', async () => {
    const { electron } = await startedAndReady();
    const drafts = path.join(root, `temp-${run}`, 'Zoom Phone Support Bundle-drafts');
    mkdirSync(drafts, { recursive: true });
    writeFileSync(path.join(drafts, 'draft.zip'), 'x');
    electron.emit('window-all-closed');
    expect(electron.quitCount).toBe(1);
    electron.emit('will-quit');
    expect(existsSync(drafts)).toBe(false);
    expect(electron.logLines).toContain('info started Zoom Phone Support Bundle 0.0.0-stand-in');
  });
});
