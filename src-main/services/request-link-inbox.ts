/**
 * Holds the help-desk request link the app was opened with (or received while running) until the
 * renderer asks for it: at a cold start the link arrives before the page has loaded.
 */
import { parseRequestLink, RequestLinkError, type RequestLink } from '../../src-shared/request-link.js';

export interface RequestLinkDelivery {
  link: RequestLink | null;
  /** Why the last link could not be read, as a sentence for the user. */
  error: string | null;
}

export class RequestLinkInbox {
  private pending: RequestLinkDelivery | null = null;
  private readonly listeners = new Set<(delivery: RequestLinkDelivery) => void>();

  /** Parses a raw link, keeps it until taken, and tells listeners (a running window). */
  deliver(raw: string): RequestLinkDelivery {
    let delivery: RequestLinkDelivery;
    try {
      delivery = { link: parseRequestLink(raw), error: null };
    } catch (error) {
      const reason = error instanceof RequestLinkError ? error.message : 'unreadable';
      delivery = { link: null, error: `The help desk's link could not be read (${reason}). Ask them for a new link, or fill in the form yourself.` };
    }
    this.pending = delivery;
    for (const listener of this.listeners) listener(delivery);
    return delivery;
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
