/**
 * What a help-desk request changes in a bundle run: its redaction profile, probes and log window,
 * and the manifest's request record. The renderer's own probes switch can only turn probes off.
 */
import { requestRecord, type RequestLink } from '../../src-shared/request-link.js';
import type { CreateBundleOptions } from './create-bundle.js';

/** Options for collectForBundle/createBundle from the renderer's probes choice and an optional request. */
export function requestOptions(probes: boolean, request: RequestLink | undefined): Pick<CreateBundleOptions, 'settings' | 'redaction' | 'request'> {
  return {
    settings: {
      probes: probes && (request?.probes ?? true),
      ...(request?.logWindowHours ? { logWindowHours: request.logWindowHours } : {}),
    },
    ...(request?.redaction ? { redaction: { profile: request.redaction } } : {}),
    ...(request ? { request: requestRecord(request) } : {}),
  };
}
