/**
 * Electron main process: the thin shell. Lifecycle, the secure window, IPC registration and the
 * app log; everything else lives in modules that plain Node runs (services, collectors, bundle).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { registerIpc } from './register-ipc.js';
import { createSecureWindow, denyNavigation, lockDownSession, rendererIndexPath } from './secure-window.js';

// dist/electron/main.js -> dist/
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

log.initialize();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  denyNavigation();
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    lockDownSession();
    registerIpc({ outputDir: app.getPath('downloads') }, rendererIndexPath(distDir));
    createSecureWindow(distDir);
    log.info(`started ${app.getName()} ${app.getVersion()}`);
  });
}
