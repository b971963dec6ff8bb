/**
 * Signed help-desk requests: a JWS (compact, EdDSA over Ed25519, `kid` in the header) whose claims
 * are a request link's fields plus where to upload and when it is valid. Carried as
 *
 *   zoom-phone-bundle://collect?request=<JWS>
 *
 * Only a signed request verified against a key the organisation trusts may name an upload.
 */
import { z } from 'zod';
import { REQUEST_LINK_SCHEME, requestLinkSchema, type RequestLink } from './request-link.js';
import { uploadDestinationSchema, type UploadDestination } from './upload-destination.js';

/** The claims of a signed request (times in seconds since 1970, as JWT has them). */
export const signedRequestClaimsSchema = requestLinkSchema.extend({
  upload: uploadDestinationSchema.optional(),
  iat: z.number().int().nonnegative(),
  exp: z.number().int().positive(),
  nbf: z.number().int().nonnegative().optional(),
  jti: z.string().min(8).max(128),
});
export type SignedRequestClaims = z.output<typeof signedRequestClaimsSchema>;

/** A request whose signature, key and times were checked: who signed it and what it asks. */
export const verifiedRequestSchema = z.object({
  request: requestLinkSchema,
  upload: uploadDestinationSchema.optional(),
  /** The key id that signed it (a trusted key of the policy). */
  kid: z.string(),
  jti: z.string(),
  /** ISO time the request expires. */
  expiresAt: z.string(),
});
export interface VerifiedRequest {
  request: RequestLink;
  upload?: UploadDestination;
  kid: string;
  jti: string;
  expiresAt: string;
}

/** The JWS of a signed request link; null when the link is not in the signed form, '' when its request field is no JWS. */
export function signedRequestToken(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== REQUEST_LINK_SCHEME && url.protocol !== 'https:') return null;
  const token = url.searchParams.get('request');
  return token !== null && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token) ? token : token === null ? null : '';
}

/** The link a help desk sends for a signed request. */
export function signedRequestLink(token: string): string {
  return `${REQUEST_LINK_SCHEME}//collect?request=${token}`;
}

/** Whether an unsigned link tries to say where to upload (it never may): a field named upload..., tus or endpoint. */
export function linkAsksForUpload(link: string): boolean {
  try {
    const url = new URL(link.trim());
    return [...url.searchParams.keys()].some((name) => /^(upload|tus|endpoint)/i.test(name));
  } catch {
    return false;
  }
}
