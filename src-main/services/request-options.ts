/**
 * What a help-desk request changes in a bundle run: its redaction profile, probes and log window,
 * and the manifest's request record. The renderer's own probes switch can only turn probes off; its
 * redaction and log window choices (pre-filled from the link) replace the link's. The policy's
 * limits are applied after this (policy-bundle-options.ts).
 */
import type { RedactionProfile } from '../../src-shared/bundle-manifest.js';
import { requestRecord, type RequestLink } from '../../src-shared/request-link.js';
import type { CreateBundleOptions } from './create-bundle.js';

/** What the user chose in the form besides probes. */
export interface UserChoices {
  redaction?: RedactionProfile;
  logWindowHours?: number;
}

/** Options for collectForBundle/createBundle from the renderer's choices and an optional request. */
export function requestOptions(probes: boolean, request: RequestLink | undefined, chosen: UserChoices = {}): Pick<CreateBundleOptions, 'settings' | 'redaction' | 'request'> {
  const logWindowHours = chosen.logWindowHours ?? request?.logWindowHours;
  const profile = chosen.redaction ?? request?.redaction;
  return {
    settings: {
      probes: probes && (request?.probes ?? true),
      ...(logWindowHours ? { logWindowHours } : {}),
    },
    ...(profile ? { redaction: { profile } } : {}),
    ...(request ? { request: requestRecord(request) } : {}),
  };
}
