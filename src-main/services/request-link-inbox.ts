/**
 * Holds the help-desk request link the app was opened with (or received while running) until the
 * renderer asks for it: at a cold start the link arrives before the page has loaded.
 */
import { parseRequestLink, RequestLinkError, type RequestLink } from '../../src-shared/request-link.js';

export interface RequestLinkDelivery {
  link: RequestLink | null;
  /** Why the last link could not be read, as a sentence for the user. */
  error: string | null;
  /** The parser's own words, for "Show details". */
  details?: string;
}

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
      delivery = { link: null, error: `The help desk's link could not be used: ${inWords(reason)}. Ask them for a new link, or fill in the form yourself.`, details: reason };
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
