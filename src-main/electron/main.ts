/**
 * Electron main process: the thin shell. Lifecycle, the secure window, IPC registration and the
 * app log; everything else lives in modules that plain Node runs (services, collectors, bundle).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, session } from 'electron';
import log from 'electron-log/main';
import { currentEnvironment } from '../platform/environment.js';
import { RequestLinkInbox } from '../services/request-link-inbox.js';
import { registerIpc } from './register-ipc.js';
import { deliverFromArgv, watchRequestLinks } from './request-links.js';
import { createSecureWindow, denyNavigation, lockDownSession, rendererIndexPath } from './secure-window.js';

// dist/electron/main.js -> dist/
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

log.initialize();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  denyNavigation();
  const requestLinks = new RequestLinkInbox();
  watchRequestLinks(requestLinks);
  app.on('second-instance', (_event, argv) => {
    deliverFromArgv(requestLinks, argv);
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    lockDownSession();
    // The collectors run in plain Node; only here can they learn what Chromium's proxy resolution
    // (PAC, WPAD, system settings) decides for Zoom's URLs, and where electron-log writes.
    const environment = {
      ...currentEnvironment(),
      appLogPath: log.transports.file.getFile().path,
      resolveProxy: (url: string) => session.defaultSession.resolveProxy(url),
    };
    registerIpc({ outputDir: app.getPath('downloads'), environment, requestLinks }, rendererIndexPath(distDir));
    createSecureWindow(distDir);
    log.info(`started ${app.getName()} ${app.getVersion()}`);
  });
}
