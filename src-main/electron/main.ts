/**
 * Electron main process: the thin shell. Lifecycle, the secure window, IPC registration and the
 * app log; everything else lives in modules that plain Node runs (services, collectors, bundle).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, net, session } from 'electron';
import log from 'electron-log/main';
import { currentEnvironment } from '../platform/environment.js';
import { signedRequestsRequired } from '../../src-shared/policy-limits.js';
import { loadPolicy } from '../platform/load-policy.js';
import { replayStoreFor } from '../requests/replay-store.js';
import { RequestLinkInbox } from '../requests/request-link-inbox.js';
import { verifySignedRequest } from '../requests/verify-request.js';
import type { UploadFetch } from '../upload/upload-http.js';
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
  // Signed requests are checked against the organisation policy read afresh for each link.
  const requestLinks = new RequestLinkInbox(
    async (token) => {
      const user = currentEnvironment();
      return verifySignedRequest(token, { policy: await loadPolicy(user), replay: replayStoreFor(user), now: user.now() });
    },
    async () => signedRequestsRequired(await loadPolicy(currentEnvironment())),
  );
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
    // (PAC, WPAD, system settings) decides for Zoom's URLs.
    const environment = {
      ...currentEnvironment(),
      resolveProxy: (url: string) => session.defaultSession.resolveProxy(url),
    };
    // Bundles are sent and the update feed asked with Chromium's network stack: the system proxy,
    // PAC and the OS trust store, as a browser would.
    const fetch: UploadFetch = (url, init) => net.fetch(url, init as RequestInit);
    // Read beside the window opening: the update feed (no feed: the app never asks). A policy that
    // cannot be read leaves it off.
    const updateFeedUrl = loadPolicy(environment).then(
      (policy) => (policy.failedClosed ? undefined : policy.settings.updateFeedUrl?.value),
      () => undefined,
    );
    registerIpc({ outputDir: app.getPath('downloads'), environment, appLogPath: log.transports.file.getFile().path, requestLinks, fetch, updateFeedUrl }, rendererIndexPath(distDir));
    createSecureWindow(distDir);
    log.info(`started ${app.getName()} ${app.getVersion()}`);
  });
}
