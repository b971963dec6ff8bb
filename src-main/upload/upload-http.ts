/**
 * The HTTP client the upload core is given, and the one request helper both protocols use. The
 * client is fetch-shaped so the app can pass Electron's net.fetch (system proxy, PAC, OS trust
 * store) and the CLI an undici fetch with its proxy and CA settings. Redirects are never followed
 * by the client: a redirect to the same host is followed here, one to another host is refused.
 */

/** A request as the upload core makes it (a subset of fetch's RequestInit). */
export interface UploadRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: ReadableStream<Uint8Array> | Uint8Array;
  /** Needed by fetch for a streamed request body. */
  duplex?: 'half';
  redirect: 'manual';
  signal?: AbortSignal;
}

/** The parts of a fetch Response the upload core reads. */
export interface UploadResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A fetch-shaped client: Electron's net.fetch, undici's fetch with a dispatcher, or globalThis.fetch. */
export type UploadFetch = (url: string, init: UploadRequestInit) => Promise<UploadResponse>;

/** A request the destination refused for good, or the policy forbids: exit 2, nothing more is sent. */
export class UploadRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadRefusedError';
  }
}

/** Sending failed (after the retries): exit 1, the bundle stays on disk. `retryable` says a later try may work. */
export class UploadFailedError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'UploadFailedError';
  }
}

/**
 * The destination already holds a bundle for this request (S3 answered 412 or 409 to a PUT sent with
 * If-None-Match: *): nothing there was replaced, and trying again cannot help. Exit 1, the bundle
 * stays on disk. `afterLostAnswer`: an earlier try of this same send may have delivered it before its
 * answer was lost.
 */
export class UploadAlreadyAnsweredError extends UploadFailedError {
  constructor(
    readonly host: string,
    readonly afterLostAnswer: boolean,
  ) {
    super(
      `This request was already answered: ${host} already holds a bundle for it, so this one was not sent and nothing there was replaced` +
        `${afterLostAnswer ? ' (an earlier try of this send may have delivered it before its answer was lost)' : ''}.`,
      false,
    );
    this.name = 'UploadAlreadyAnsweredError';
  }
}

/** The user cancelled: the bundle stays on disk. */
export class UploadCancelledError extends Error {
  constructor() {
    super('Sending was cancelled; the bundle is still on disk.');
    this.name = 'UploadCancelledError';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

/** Host and path of a URL: what may be said about it (the query holds signatures). */
export function shownUrl(url: URL): string {
  return `${url.host}${url.pathname}`;
}

/**
 * Sends one request; `body` is made anew for each redirect hop. Resolves to the first response that
 * is not a redirect, and the URL it came from; a redirect to another host (or scheme) is refused.
 */
export async function sendRequest(
  fetch: UploadFetch,
  url: URL,
  init: Omit<UploadRequestInit, 'body' | 'redirect' | 'duplex'> & { body?: () => ReadableStream<Uint8Array> | Uint8Array },
): Promise<{ response: UploadResponse; url: URL }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const body = init.body?.();
    const response = await fetch(current.href, {
      method: init.method,
      headers: init.headers,
      ...(body ? { body, ...(body instanceof Uint8Array ? {} : { duplex: 'half' as const }) } : {}),
      redirect: 'manual',
      ...(init.signal ? { signal: init.signal } : {}),
    });
    if (!REDIRECTS.has(response.status)) return { response, url: current };
    await response.text().catch(() => '');
    const location = response.headers.get('location');
    const next = location ? new URL(location, current) : null;
    if (!next || next.host !== current.host || next.protocol !== current.protocol) {
      throw new UploadRefusedError(`The upload server at ${current.host} redirected to ${next ? next.host : 'nowhere'}; sending to another host is refused.`);
    }
    if (hop >= MAX_REDIRECTS) throw new UploadFailedError(`The upload server at ${current.host} redirected too many times.`, false);
    current = next;
  }
}
