/**
 * The app window, with the Electron security checklist applied in one place: context isolation,
 * sandbox, no Node integration, navigation and new windows denied, permission requests denied.
 * The strict CSP is set in the renderer's index.html (loaded from file://, so no headers apply).
 */
import path from 'node:path';
import { BrowserWindow, app, session, type WebContents } from 'electron';

/** The only page this app ever shows. */
export function rendererIndexPath(distDir: string): string {
  return path.join(distDir, 'renderer', 'index.html');
}

/** Denies every permission (camera, notifications, ...) and every permission check. */
export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** No navigation away from the app page and no new windows, for every web contents ever created. */
export function denyNavigation(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Creates the main window with the hardened web preferences. */
export function createSecureWindow(distDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 960,
    height: 720,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Zoom Phone Support Bundle',
    webPreferences: {
      preload: path.join(distDir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click could open links in new windows: switch the feature off at the source.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndexPath(distDir));
  return window;
}
