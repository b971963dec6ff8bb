/**
 * Help-desk request links as deep links: the app registers the zoom-phone-bundle: scheme and
 * receives links from the OS (macOS "open-url"; Windows and Linux pass them on the command line of
 * a first or second instance). Links go into the inbox; a loaded window is told at once, a window
 * still loading asks for the pending link itself (takeRequestLink).
 */
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { REQUEST_LINK_SCHEME, requestLinkFromArgv } from '../../src-shared/request-link.js';
import type { RequestLinkInbox } from '../requests/request-link-inbox.js';
import { validateEvent } from '../services/ipc-handlers.js';

/** Call before the app is ready: macOS sends "open-url" during launch. */
export function watchRequestLinks(inbox: RequestLinkInbox): void {
  const scheme = REQUEST_LINK_SCHEME.replace(/:$/, '');
  // Packaged, the OS starts this executable with the link. Run as `electron <app>` (npm start), the
  // OS must start Electron with the app's path too, or a link opens Electron's default app. On
  // Windows the command is `"exe" [app] -- "%1"`: after "--" Chromium reads no switches, so a
  // crafted link cannot smuggle one (--inspect, --gpu-launcher) in. macOS and Linux ignore args.
  if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(scheme, process.execPath, [path.resolve(process.argv[1]), '--']);
  else app.setAsDefaultProtocolClient(scheme, process.execPath, ['--']);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    inbox.deliver(url);
  });
  const initial = requestLinkFromArgv(process.argv);
  if (initial) inbox.deliver(initial);
  inbox.onDelivery((delivery) => {
    const window = BrowserWindow.getAllWindows()[0];
    if (!window || window.webContents.isLoading()) return; // the page takes it when it has loaded
    const message = validateEvent('requestLink', delivery);
    window.webContents.send(message.channel, message.payload);
    inbox.take(); // delivered: a later reload must not apply it twice
    log.info(`request link delivered (ticket ${delivery.link?.ticket ?? 'unreadable link'})`);
  });
}

/** A second instance was started (Windows/Linux deep link): hand its link over. */
export function deliverFromArgv(inbox: RequestLinkInbox, argv: readonly string[]): void {
  const link = requestLinkFromArgv(argv);
  if (link) inbox.deliver(link);
}
