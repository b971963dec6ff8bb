/**
 * The ONE IPC contract between the renderer and the main process.
 *
 * Each entry names a channel and the zod schemas of its request and response. The preload API
 * type (`ZpbApi`), the preload implementation and the main-side handler registration are all
 * derived from this map, so a channel cannot exist on one side only.
 */
import type { IpcErrorCode } from './ipc-error-code.js';
import { z } from 'zod';
import { incidentReportSchema } from './incident-report.js';
import { collectorSummarySchema, collectProgressSchema, skippedItemSchema } from './collector-result.js';
import { bundleManifestSchema, manifestFileSchema } from './bundle-manifest.js';
import { fleetSummarySchema } from './fleet/fleet-summary.js';
import { inspectResultSchema } from './inspect-result.js';
import { analysisSchema } from './triage/finding.js';
import { logEvidenceSchema } from './log-evidence.js';
import { IPC_EVENT_CHANNELS, IPC_METHOD_CHANNELS } from './ipc-channels.js';
import { requestLinkSchema } from './request-link.js';
import { uploadReceiptSchema } from './upload-receipt.js';
import { FORM_REDACTIONS, formPolicySchema } from './form-policy.js';

/** What the update check found (off: no update feed is set by policy, the default). */
export const updateStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('off') }),
  z.object({ kind: z.literal('current'), version: z.string() }),
  z.object({ kind: z.literal('available'), version: z.string(), url: z.string(), notes: z.string().optional() }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
]);
export type UpdateStatus = z.infer<typeof updateStatusSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** The system's IANA time zone, used as the form's default. */
  timeZone: z.string(),
  /** Where bundles are written by default. */
  outputDir: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const collectRequestSchema = z
  .object({
    report: incidentReportSchema,
    /** Run the network probes (slower; off for a quick bundle). */
    probes: z.boolean().default(true),
    /** A screenshot the user attached, as a data: URL (about 14 MB of base64 holds the 10 MB cap). */
    screenshot: z.string().max(14_000_000).optional(),
    /** The help desk's request (from a request link): its redaction, probes and log window apply. */
    request: requestLinkSchema.optional(),
    /** The verified signed request this bundle is for (main applies its request, and refuses one already used). */
    requestId: z.string().uuid().optional(),
    /** The user's redaction choice (main still raises it to the policy's minimum). */
    redaction: z.enum(FORM_REDACTIONS).optional(),
    /** The user's Zoom log window in hours (main still lowers it to the policy's maximum). */
    logWindowHours: z.number().positive().max(24 * 366).optional(),
  })
  .strict();

export const collectResponseSchema = z.object({
  bundlePath: z.string(),
  /** The zip's own size on disk and its sha256 (for the ticket: the help desk can check the file they got). */
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  fileCount: z.number().int().nonnegative(),
  collectors: z.array(collectorSummarySchema),
  skippedCount: z.number().int().nonnegative(),
});
export type CollectResponse = z.infer<typeof collectResponseSchema>;

/** The draft shown in the review step: what will be in the bundle, as already written and redacted. */
export const draftSchema = z.object({
  draftId: z.string(),
  files: z.array(manifestFileSchema),
  skipped: z.array(skippedItemSchema),
  collectors: z.array(collectorSummarySchema),
  redaction: bundleManifestSchema.shape.redaction,
  analysis: analysisSchema,
  /** Entries that cannot be left out (what the user typed, the triage, the README). */
  requiredPaths: z.array(z.string()),
  /** Sentences to show above everything else (no Zoom logs were found, and where they were looked for). */
  notices: z.array(z.string()).default([]),
  /** What the Zoom logs say around the reported time (the draft's evidence.json), for the review's timeline. */
  evidence: logEvidenceSchema.optional(),
});
export type BundleDraftView = z.infer<typeof draftSchema>;

const draftIdSchema = z.string().uuid();

export const saveRequestSchema = z
  .object({
    draftId: draftIdSchema,
    /** Bundle paths, or folder prefixes ending in "/", to leave out. */
    exclude: z.array(z.string().max(1000)).max(10000).default([]),
    /** The user ticked "create the bundle": nothing is saved without it. */
    consent: z.literal(true, { error: 'consent is required before saving' }),
  })
  .strict();

export const previewResponseSchema = z.object({ text: z.string(), truncated: z.boolean(), binary: z.boolean() });
export type DraftPreviewView = z.infer<typeof previewResponseSchema>;

const empty = z.object({}).strict();

/** An email to the help desk's address from a request link, opened in the user's mail app. */
export const helpDeskEmailSchema = z
  .object({
    /** The request link's `return` address; only mailto: addresses are opened. */
    to: z.string().max(500).regex(/^mailto:[^\s@?]+@[^\s@?]+$/i, 'must be a mailto: address'),
    subject: z.string().max(200),
    body: z.string().max(4000),
  })
  .strict();

/**
 * Whether a request was signed and verified, and where a verified one sends the bundle (host and
 * path only). `requestId` names the verified request main keeps; the renderer never holds the URL.
 */
export const requestVerificationSchema = z.object({
  signed: z.boolean(),
  /** The key id that signed it. */
  kid: z.string().optional(),
  requestId: z.string().uuid().optional(),
  destination: z.object({ kind: z.enum(['s3-put', 'tus']), host: z.string(), path: z.string() }).optional(),
  /** An unsigned link tried to name an upload: ignored, the link is shown as not verified. */
  uploadIgnored: z.boolean().optional(),
  /** What else an unsigned link asked that it may not (unsigned-link-limits.ts): a lower redaction, a return address. */
  ignoredFields: z.array(z.enum(['redaction', 'return'])).optional(),
});
export type RequestVerification = z.infer<typeof requestVerificationSchema>;

/** A help-desk request link as main read it: the request, or why it could not be read. */
export const requestLinkDeliverySchema = z.object({
  link: requestLinkSchema.nullable(),
  error: z.string().nullable(),
  details: z.string().optional(),
  verification: requestVerificationSchema.optional(),
});

/** Largest bundle the review screen accepts by drag and drop (bigger ones: the Open button reads them from disk). */
export const MAX_DROPPED_BUNDLE_BYTES = 100 * 1024 * 1024;
const MAX_DROPPED_BUNDLE_BASE64 = Math.ceil(MAX_DROPPED_BUNDLE_BYTES / 3) * 4;
/** Bundles one many-bundle review reads at most (a folder with more is refused with this number). */
export const MAX_REVIEW_BUNDLES = 5000;
/** Several dropped bundles travel as bytes too: together they stay under the one-bundle cap. */
const droppedBundlesSchema = z
  .array(z.object({ name: z.string().min(1).max(1000), base64: z.string().max(MAX_DROPPED_BUNDLE_BASE64) }).strict())
  .min(1)
  .max(MAX_REVIEW_BUNDLES)
  .refine((files) => files.reduce((sum, f) => sum + f.base64.length, 0) <= MAX_DROPPED_BUNDLE_BASE64, { message: 'the dropped bundles are over 100 MB together' });

interface ChannelSpec {
  channel: string;
  request: z.ZodType;
  response: z.ZodType;
}

/** Request/response channels: renderer asks, main answers. */
export const ipcContract = {
  getAppInfo: { channel: IPC_METHOD_CHANNELS.getAppInfo, request: z.object({}).strict(), response: appInfoSchema },
  /** Collect and write a private draft for the review step. */
  prepareBundle: { channel: IPC_METHOD_CHANNELS.prepareBundle, request: collectRequestSchema, response: draftSchema },
  previewDraftFile: {
    channel: IPC_METHOD_CHANNELS.previewDraftFile,
    request: z.object({ draftId: draftIdSchema, path: z.string().min(1).max(1000) }).strict(),
    response: previewResponseSchema,
  },
  saveBundle: { channel: IPC_METHOD_CHANNELS.saveBundle, request: saveRequestSchema, response: collectResponseSchema },
  discardDraft: { channel: IPC_METHOD_CHANNELS.discardDraft, request: z.object({ draftId: draftIdSchema }).strict(), response: empty },
  /** Opens the user's mail app with a message to the help desk (the ticket summary); nothing is sent by the app. */
  emailHelpDesk: { channel: IPC_METHOD_CHANNELS.emailHelpDesk, request: helpDeskEmailSchema, response: empty },
  /** Stops the collection in progress, if any. */
  cancelCollect: { channel: IPC_METHOD_CHANNELS.cancelCollect, request: empty, response: z.object({ cancelled: z.boolean() }) },
  /** Reveals a bundle this app saved in the file manager (only paths main produced). */
  showInFolder: { channel: IPC_METHOD_CHANNELS.showInFolder, request: z.object({ path: z.string().min(1).max(4096) }).strict(), response: empty },
  /** Lets the user pick the folder bundles are saved to, with main's own dialog; null when cancelled. */
  chooseOutputFolder: { channel: IPC_METHOD_CHANNELS.chooseOutputFolder, request: empty, response: z.object({ path: z.string().nullable() }) },
  /** Lets the admin pick a bundle with main's own file dialog; null when cancelled. */
  chooseBundle: { channel: IPC_METHOD_CHANNELS.chooseBundle, request: empty, response: z.object({ path: z.string().nullable() }) },
  /** Verifies and summarises a bundle main chose or produced. */
  inspectBundle: { channel: IPC_METHOD_CHANNELS.inspectBundle, request: z.object({ path: z.string().min(1).max(4096) }).strict(), response: inspectResultSchema },
  /** Verifies a bundle dropped on the review screen, sent as bytes (base64) because the sandboxed page has no paths. */
  inspectDroppedBundle: {
    channel: IPC_METHOD_CHANNELS.inspectDroppedBundle,
    request: z
      .object({
        name: z.string().min(1).max(255),
        /** Base64 of the file; about 134 MB of text holds the 100 MB cap. */
        base64: z.string().max(MAX_DROPPED_BUNDLE_BASE64),
      })
      .strict(),
    response: inspectResultSchema,
  },
  /** Lets the admin pick several bundles, or folders searched for *.zip, with main's own dialog; [] when cancelled. */
  chooseBundles: { channel: IPC_METHOD_CHANNELS.chooseBundles, request: z.object({ folder: z.boolean() }).strict(), response: z.object({ paths: z.array(z.string()) }) },
  /** Groups bundles main chose (zpb summarize's answer): groups, verdicts, episodes, files not counted. */
  summarizeBundles: {
    channel: IPC_METHOD_CHANNELS.summarizeBundles,
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(MAX_REVIEW_BUNDLES) }).strict(),
    response: fleetSummarySchema,
  },
  /** The same for bundles dropped on the review screen, sent as bytes; paths in the answer are the names given. */
  summarizeDroppedBundles: { channel: IPC_METHOD_CHANNELS.summarizeDroppedBundles, request: z.object({ files: droppedBundlesSchema }).strict(), response: fleetSummarySchema },
  /** The request link the app was opened with, once; null when there is none. */
  takeRequestLink: { channel: IPC_METHOD_CHANNELS.takeRequestLink, request: empty, response: requestLinkDeliverySchema.nullable() },
  /** Whether the organisation's update feed (policy) names a newer version; asked once per run. */
  checkForUpdate: { channel: IPC_METHOD_CHANNELS.checkForUpdate, request: empty, response: updateStatusSchema },
  /** Opens the newer version's page (the one the feed named, nothing else) in the browser. */
  openUpdatePage: { channel: IPC_METHOD_CHANNELS.openUpdatePage, request: empty, response: empty },
  /** Sends a bundle this app saved (or chooseBundleToSend verified) where the verified signed request `requestId` says; resolves to the receipt. */
  sendBundle: {
    channel: IPC_METHOD_CHANNELS.sendBundle,
    request: z.object({ requestId: z.string().uuid(), bundlePath: z.string().min(1).max(4096) }).strict(),
    response: uploadReceiptSchema,
  },
  /**
   * "Send a saved bundle": main's file dialog for a bundle to send where the verified request
   * `requestId` (one with an upload) says; main verifies the file is a whole bundle. null when cancelled.
   */
  chooseBundleToSend: { channel: IPC_METHOD_CHANNELS.chooseBundleToSend, request: z.object({ requestId: z.string().uuid() }).strict(), response: collectResponseSchema.nullable() },
  /** Stops the sending in progress, if any; the bundle stays on disk and sendBundle fails with code "cancelled". */
  cancelSend: { channel: IPC_METHOD_CHANNELS.cancelSend, request: empty, response: z.object({ cancelled: z.boolean() }) },
  /** The organisation policy's limits on the form's choices (for "Set by your organisation"); nothing secret. */
  getFormPolicy: { channel: IPC_METHOD_CHANNELS.getFormPolicy, request: empty, response: formPolicySchema },
} as const satisfies Record<keyof typeof IPC_METHOD_CHANNELS, ChannelSpec>;

/** One-way events: main tells the renderer. */
export const ipcEvents = {
  collectProgress: { channel: IPC_EVENT_CHANNELS.collectProgress, payload: collectProgressSchema },
  /** A request link that arrived while the app was running. */
  requestLink: { channel: IPC_EVENT_CHANNELS.requestLink, payload: requestLinkDeliverySchema },
  /** Sending progress of sendBundle. */
  uploadProgress: { channel: IPC_EVENT_CHANNELS.uploadProgress, payload: z.object({ sentBytes: z.number(), totalBytes: z.number(), percent: z.number() }) },
} as const satisfies Record<keyof typeof IPC_EVENT_CHANNELS, { channel: string; payload: z.ZodType }>;

export type IpcMethod = keyof typeof ipcContract;
export type IpcEvent = keyof typeof ipcEvents;
export type IpcRequest<M extends IpcMethod> = z.input<(typeof ipcContract)[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<(typeof ipcContract)[M]['response']>;
export type IpcEventPayload<E extends IpcEvent> = z.output<(typeof ipcEvents)[E]['payload']>;

/** What crosses the wire for every call: never a raw exception. */
export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string; details?: string } };

type Capitalized<S extends string> = S extends `${infer H}${infer R}` ? `${Uppercase<H>}${R}` : S;

/** The API the preload exposes as `window.zpb`: one function per channel, one subscriber per event. */
export type ZpbApi = {
  [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResponse<M>>;
} & {
  [E in IpcEvent as `on${Capitalized<E>}`]: (listener: (payload: IpcEventPayload<E>) => void) => () => void;
};
