/**
 * Electron main process: the thin shell. Lifecycle, the secure window, IPC registration and the
 * app log; everything else lives in modules that plain Node runs (services, collectors, bundle).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, shell } from 'electron';
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
  // Review drafts live here until saved or discarded; one instance only, so leftovers from a crash are ours.
  const draftDir = path.join(app.getPath('temp'), `${app.getName()}-drafts`);
  app.on('will-quit', () => rmSync(draftDir, { recursive: true, force: true }));
  void app.whenReady().then(() => {
    lockDownSession();
    rmSync(draftDir, { recursive: true, force: true });
    registerIpc(
      {
        outputDir: app.getPath('downloads'),
        draftDir,
        // Paths reach these only after main checked it produced or chose them (ipc-handlers.ts).
        showItemInFolder: (file) => shell.showItemInFolder(file),
        chooseBundleFile: async () => {
          const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
          const options = { title: 'Open a support bundle', properties: ['openFile' as const], filters: [{ name: 'Support bundle', extensions: ['zip'] }] };
          const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
      },
      rendererIndexPath(distDir),
    );
    createSecureWindow(distDir);
    log.info(`started ${app.getName()} ${app.getVersion()}`);
  });
}
