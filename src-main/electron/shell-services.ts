/**
 * The Electron-only services the IPC handlers need: revealing a saved bundle in the file manager,
 * main's own "open bundle" dialog, and a private draft folder removed at start and at quit. Paths
 * reach shell.showItemInFolder only after ipc-handlers checked main produced or chose them.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { MainServiceConfig } from '../services/ipc-handlers.js';

/** The shell parts of the service config; call once, after the app is ready. */
export function shellServices(): Pick<MainServiceConfig, 'draftDir' | 'showItemInFolder' | 'chooseBundleFile' | 'chooseBundleFiles' | 'chooseFolder' | 'openMail' | 'openExternal'> {
  // One instance only (single-instance lock), so leftovers from a crash are ours to remove.
  const draftDir = path.join(app.getPath('temp'), `${app.getName()}-drafts`);
  rmSync(draftDir, { recursive: true, force: true });
  app.on('will-quit', () => rmSync(draftDir, { recursive: true, force: true }));
  return {
    draftDir,
    showItemInFolder: (file) => shell.showItemInFolder(file),
    // Only mailto: URLs that ipc-handlers built from a checked address reach here.
    openMail: (url) => {
      if (url.startsWith('mailto:')) void shell.openExternal(url);
    },
    // Only the https page an update feed named reaches here (ipc-handlers keeps it).
    openExternal: (url) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
    },
    chooseFolder: async () => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { title: 'Save support bundles in', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseBundleFile: async () => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { title: 'Open a support bundle', properties: ['openFile' as const], filters: [{ name: 'Support bundle', extensions: ['zip'] }] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseBundleFiles: async (folder) => {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      // A dialog cannot pick files and folders at once on Windows and Linux: one button each.
      const options = folder
        ? { title: 'Open folders of support bundles', properties: ['openDirectory' as const, 'multiSelections' as const] }
        : { title: 'Open support bundles', properties: ['openFile' as const, 'multiSelections' as const], filters: [{ name: 'Support bundle', extensions: ['zip'] }] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}
