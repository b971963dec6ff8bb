/**
 * Channel names of the IPC contract, without their schemas, so the sandboxed preload can be
 * bundled small (no zod). `ipc-contract.ts` attaches a schema to every name here.
 */

/** Request/response channels, keyed by the `window.zpb` method name. */
export const IPC_METHOD_CHANNELS = {
  getAppInfo: 'zpb:get-app-info',
  prepareBundle: 'zpb:prepare-bundle',
  previewDraftFile: 'zpb:preview-draft-file',
  saveBundle: 'zpb:save-bundle',
  discardDraft: 'zpb:discard-draft',
  emailHelpDesk: 'zpb:email-help-desk',
  cancelCollect: 'zpb:cancel-collect',
  showInFolder: 'zpb:show-in-folder',
  chooseOutputFolder: 'zpb:choose-output-folder',
  chooseBundle: 'zpb:choose-bundle',
  inspectBundle: 'zpb:inspect-bundle',
  inspectDroppedBundle: 'zpb:inspect-dropped-bundle',
  chooseBundles: 'zpb:choose-bundles',
  summarizeBundles: 'zpb:summarize-bundles',
  summarizeDroppedBundles: 'zpb:summarize-dropped-bundles',
  takeRequestLink: 'zpb:take-request-link',
  checkForUpdate: 'zpb:check-for-update',
  openUpdatePage: 'zpb:open-update-page',
  sendBundle: 'zpb:send-bundle',
  getFormPolicy: 'zpb:get-form-policy',
  cancelSend: 'zpb:cancel-send',
  chooseBundleToSend: 'zpb:choose-bundle-to-send',
} as const;

/** One-way main-to-renderer events, keyed by event name (`window.zpb.on<Name>`). */
export const IPC_EVENT_CHANNELS = {
  collectProgress: 'zpb:collect-progress',
  requestLink: 'zpb:request-link',
  uploadProgress: 'zpb:upload-progress',
} as const;

/** Every channel name, the preload's allow-list. */
export const IPC_CHANNELS: readonly string[] = [...Object.values(IPC_METHOD_CHANNELS), ...Object.values(IPC_EVENT_CHANNELS)];
