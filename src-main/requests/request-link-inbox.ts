/**
 * Holds the help-desk request link the app was opened with (or received while running) until the
 * renderer asks for it: at a cold start the link arrives before the page has loaded.
 */
import { randomUUID } from 'node:crypto';
import type { RequestVerification } from '../../src-shared/ipc-contract.js';
import { parseRequestLink, RequestLinkError, type RequestLink } from '../../src-shared/request-link.js';
import { linkAsksForUpload, signedRequestToken, type VerifiedRequest } from '../../src-shared/signed-request.js';
import { limitUnsignedLink } from '../../src-shared/unsigned-link-limits.js';
import { destinationDisplay } from '../../src-shared/upload-destination.js';
import { RequestRefusedError } from './verify-request.js';

export interface RequestLinkDelivery {
  link: RequestLink | null;
  /** Why the last link could not be read, as a sentence for the user. */
  error: string | null;
  /** The parser's own words, for "Show details". */
  details?: string;
  /** A signed request's signer and destination, or that an unsigned link's upload was ignored. */
  verification?: RequestVerification;
}

/** Verifies a signed request's JWS (policy keys, times, replay); rejects with RequestRefusedError. */
export type RequestVerifier = (token: string) => Promise<VerifiedRequest>;

/** The link's fields as the user knows them. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  ticket: 'the ticket number',
  helpdesk: 'the help desk\u2019s name',
  return: 'where to send the bundle',
  action: 'what you were doing',
  scope: 'who is affected',
  network: 'the network',
  redaction: 'how much to hide',
  probes: 'the network tests',
  logWindowHours: 'how many hours of logs',
  admin: 'the admin setting',
};

/** "its answer for “who is affected” is not one this app knows", from "scope: Invalid option ...". */
function inWords(reason: string): string {
  const field = /^(\w+): /.exec(reason)?.[1];
  const words = field ? FIELD_WORDS[field] : undefined;
  if (words) return field === 'ticket' && /received undefined|too small|>=1/i.test(reason) ? 'the ticket number is missing' : `its value for \u201c${words}\u201d is not one this app can use`;
  return reason === 'not a link' ? 'it is not a link' : 'it is not a help-desk request link';
}

const UNSIGNED_REFUSED: RequestLinkDelivery = {
  link: null,
  error: 'The help desk\u2019s link could not be used: your organisation accepts signed requests only, and this link is not signed. Ask them for a signed link, or fill in the form yourself.',
};

export class RequestLinkInbox {
  private pending: RequestLinkDelivery | null = null;
  private readonly listeners = new Set<(delivery: RequestLinkDelivery) => void>();
  /** Verified signed requests by id: main keeps the upload URL, the renderer only the id. */
  private readonly verified = new Map<string, VerifiedRequest>();
  /** Links still being checked (signature, policy), chained in arrival order. */
  private inFlight: Promise<unknown> = Promise.resolve();

  /**
   * `verify` checks signed links (without it, a signed link is refused as unverifiable);
   * `signedOnly` says whether the organisation refuses unsigned links altogether.
   */
  constructor(
    private readonly verify?: RequestVerifier,
    private readonly signedOnly?: () => Promise<boolean>,
  ) {}

  /**
   * Reads a raw link, keeps it until taken, and tells listeners (a running window). An unsigned
   * link is read at once; a signed one once verified (the promise says when).
   */
  deliver(raw: string): Promise<RequestLinkDelivery> {
    const token = signedRequestToken(raw);
    if (token === null && !this.signedOnly) return Promise.resolve(this.settle(this.unsigned(raw)));
    const checked = token === null ? this.signedOnly!().then((only) => (only ? UNSIGNED_REFUSED : this.unsigned(raw))) : this.signed(token);
    // Deliveries settle in the order links arrived, so a later link always wins.
    const settled = this.inFlight.then(() => checked).then((delivery) => this.settle(delivery));
    this.inFlight = settled;
    return settled;
  }

  /** The pending delivery once every link that arrived has been checked, once; null when there is none. */
  async takeChecked(): Promise<RequestLinkDelivery | null> {
    await this.inFlight;
    return this.take();
  }

  /** The verified request behind an id this inbox handed out, or undefined. */
  verifiedRequest(requestId: string): VerifiedRequest | undefined {
    return this.verified.get(requestId);
  }

  private settle(delivery: RequestLinkDelivery): RequestLinkDelivery {
    this.pending = delivery;
    for (const listener of this.listeners) listener(delivery);
    return delivery;
  }

  private unsigned(raw: string): RequestLinkDelivery {
    try {
      // It may pre-fill answers and raise privacy, but never lower it or say where the bundle goes.
      const { link, ignored } = limitUnsignedLink(parseRequestLink(raw));
      const uploadIgnored = linkAsksForUpload(raw);
      if (!uploadIgnored && ignored.length === 0) return { link, error: null };
      return { link, error: null, verification: { signed: false, ...(uploadIgnored ? { uploadIgnored } : {}), ...(ignored.length > 0 ? { ignoredFields: ignored } : {}) } };
    } catch (error) {
      const reason = error instanceof RequestLinkError ? error.message : 'unreadable';
      return { link: null, error: `The help desk's link could not be used: ${inWords(reason)}. Ask them for a new link, or fill in the form yourself.`, details: reason };
    }
  }

  private async signed(token: string): Promise<RequestLinkDelivery> {
    try {
      if (!this.verify) throw new RequestRefusedError('Signed requests cannot be checked here.', 'unknown-key');
      const verified = await this.verify(token);
      const requestId = randomUUID();
      this.verified.set(requestId, verified);
      const destination = verified.upload ? { kind: verified.upload.kind, ...destinationDisplay(verified.upload) } : undefined;
      return { link: verified.request, error: null, verification: { signed: true, kid: verified.kid, requestId, ...(destination ? { destination } : {}) } };
    } catch (error) {
      const reason = error instanceof RequestRefusedError ? error.message : 'This request could not be checked.';
      const sentence = `${reason.charAt(0).toLowerCase()}${reason.slice(1).replace(/\.$/, '')}`;
      return { link: null, error: `The help desk's signed request was refused: ${sentence}. Nothing will be collected or sent for it; you can still fill in the form yourself.`, details: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The pending delivery, once; null when there is none. */
  take(): RequestLinkDelivery | null {
    const delivery = this.pending;
    this.pending = null;
    return delivery;
  }

  /** Calls the listener for every later delivery; returns the unsubscribe function. */
  onDelivery(listener: (delivery: RequestLinkDelivery) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
