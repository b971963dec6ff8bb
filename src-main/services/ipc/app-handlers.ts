/**
 * IPC handlers of the app around the flows: what it is, the request link it was opened with,
 * updates, and the shell's own actions (show a saved bundle, choose the output folder, open the
 * user's mail app). Electron's dialogs and shell arrive through the configuration.
 */
import { APP_NAME, APP_VERSION } from '../../app-info.js';
import type { UpdateStatus } from '../../../src-shared/ipc-contract.js';
import { checkForUpdate } from '../update-check.js';
import type { Implementations, IpcContext } from './ipc-context.js';

export type AppHandlers = Pick<Implementations, 'getAppInfo' | 'takeRequestLink' | 'checkForUpdate' | 'openUpdatePage' | 'emailHelpDesk' | 'showInFolder' | 'chooseOutputFolder'>;

export function appHandlers(context: IpcContext): AppHandlers {
  const { config, paths } = context;
  // Asked once per run: the answer (and the page it names) does not change while the app is open.
  let updateStatus: Promise<UpdateStatus> | null = null;
  return {
    async getAppInfo() {
      return {
        name: APP_NAME,
        version: APP_VERSION,
        platform: context.environment().platform,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        outputDir: paths.outputDir,
      };
    },
    async takeRequestLink() {
      return (await config.requestLinks?.takeChecked()) ?? null;
    },
    async checkForUpdate() {
      const updateFeedUrl = await config.updateFeedUrl;
      const fetch = config.fetch;
      if (!updateFeedUrl || !fetch) return { kind: 'off' as const };
      updateStatus ??= checkForUpdate({ feedUrl: updateFeedUrl, currentVersion: APP_VERSION, fetch });
      return updateStatus;
    },
    async openUpdatePage() {
      const status = await updateStatus;
      if (status?.kind !== 'available') throw new Error('there is no newer version to open');
      if (!config.openExternal) throw new Error('opening pages is not available here');
      config.openExternal(status.url);
      return {};
    },
    async emailHelpDesk(request) {
      if (!config.openMail) throw new Error('email is not available here');
      // Built here from checked parts, so only a plain mailto: with a subject and body is ever opened.
      const address = request.to.replace(/^mailto:/i, '');
      config.openMail(`mailto:${address}?subject=${encodeURIComponent(request.subject)}&body=${encodeURIComponent(request.body)}`);
      return {};
    },
    async showInFolder(request) {
      paths.requireTrusted(request.path, 'only bundles this app saved can be shown');
      if (!config.showItemInFolder) throw new Error('showing files is not available here');
      config.showItemInFolder(request.path);
      return {};
    },
    async chooseOutputFolder() {
      if (!config.chooseFolder) throw new Error('choosing folders is not available here');
      const chosen = await config.chooseFolder();
      if (chosen) paths.outputDir = chosen;
      return { path: chosen };
    },
  };
}
