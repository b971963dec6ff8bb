/**
 * Where a signed request sends the bundle: a presigned S3 PUT URL (AWS S3 and every S3-compatible
 * store) or a tus 1.0 endpoint (resumable). HTTPS only, except a loopback host the policy lists;
 * the host must be in the policy's allowedUploadHosts when the policy sets it. A URL's query holds
 * the presigned signature, so only the host and path are ever shown or stored.
 */
import { z } from 'zod';
import { policyValue, type EffectivePolicy } from './org-policy.js';

const urlText = z.string().max(8000).refine((value) => URL.canParse(value), { message: 'is not a URL' });

export const uploadDestinationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('s3-put'), url: urlText }).strict(),
  z.object({ kind: z.literal('tus'), endpoint: urlText }).strict(),
]);
export type UploadDestination = z.output<typeof uploadDestinationSchema>;

/** The destination's URL, whatever its kind. */
export function destinationUrl(destination: UploadDestination): URL {
  return new URL(destination.kind === 's3-put' ? destination.url : destination.endpoint);
}

/** What may be shown, logged or stored: host and path, never the query (signatures) or credentials. */
export function destinationDisplay(destination: UploadDestination): { host: string; path: string } {
  const url = destinationUrl(destination);
  return { host: url.host, path: url.pathname };
}

/** Whether a URL host (as URL.hostname gives it) is this machine: 127.0.0.0/8, ::1 or localhost. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Whether the policy's host list names this URL's host (with its port, or without one for any port). */
function hostListed(url: URL, hosts: readonly string[]): boolean {
  const withPort = url.port ? `${url.hostname}:${url.port}` : url.hostname;
  return hosts.some((host) => host === withPort || host === url.hostname);
}

/** Why the policy refuses this destination (one sentence), or undefined when it may be used. */
export function destinationProblem(destination: UploadDestination, policy: EffectivePolicy): string | undefined {
  const url = destinationUrl(destination);
  const hosts = policyValue(policy, 'allowedUploadHosts');
  if (policy.failedClosed) return 'Uploads are off because the organisation policy is invalid.';
  if (url.username || url.password) return 'The upload address must not carry a user name or password.';
  if (url.protocol === 'http:') {
    if (!isLoopbackHost(url.hostname) || !hosts || !hostListed(url, hosts)) return `The upload address ${url.host} does not use HTTPS.`;
  } else if (url.protocol !== 'https:') return `The upload address must be an https:// URL, not ${url.protocol}.`;
  if (hosts && !hostListed(url, hosts)) return `Your organisation does not allow uploads to ${url.host}.`;
  return undefined;
}
