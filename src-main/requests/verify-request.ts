/**
 * Verifies a signed help-desk request (src-shared/signed-request.ts) with `jose`: the key named by
 * `kid` must be one the organisation policy trusts, the signature must match, the request must be
 * within its validity times and not used on this machine before. Every refusal is one plain
 * sentence; nothing is collected or sent for a refused request.
 */
import { decodeProtectedHeader, errors, importSPKI, jwtVerify } from 'jose';
import { policyValue, type EffectivePolicy } from '../../src-shared/org-policy.js';
import { signedRequestClaimsSchema, type VerifiedRequest } from '../../src-shared/signed-request.js';
import type { ReplayStore } from './replay-store.js';

/** The JWS algorithm of request signatures: EdDSA over Ed25519 (RFC 8037). */
export const REQUEST_ALGORITHM = 'EdDSA';
/** Clock difference tolerated between the help desk's machine and this one. */
/** How far apart the help desk's clock and the user's may be: a link is accepted this long past its expiry (and before its issue time). */
export const CLOCK_SKEW_SECONDS = 120;

export type RefusalReason = 'malformed' | 'unknown-key' | 'tampered' | 'expired' | 'not-yet-valid' | 'replayed' | 'invalid';

/** A signed request that must not be used, with one sentence saying why. */
export class RequestRefusedError extends Error {
  constructor(
    message: string,
    readonly reason: RefusalReason,
  ) {
    super(message);
    this.name = 'RequestRefusedError';
  }
}

const NEW_LINK = 'ask the help desk for a new link';
const ALREADY_USED = `This request was already used on this computer; ${NEW_LINK}.`;

function when(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Checks a request's JWS; resolves to what it asks, or rejects with RequestRefusedError. */
export async function verifySignedRequest(token: string, options: { policy: EffectivePolicy; replay: ReplayStore; now: Date }): Promise<VerifiedRequest> {
  let header;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    throw new RequestRefusedError(`This request link is damaged (its signed part cannot be read); ${NEW_LINK}.`, 'malformed');
  }
  if (header.alg !== REQUEST_ALGORITHM) throw new RequestRefusedError(`This request is signed with ${String(header.alg)}, not Ed25519; ${NEW_LINK}.`, 'malformed');
  const kid = typeof header.kid === 'string' ? header.kid : '';
  const keys = policyValue(options.policy, 'trustedRequestKeys') ?? {};
  const pem = Object.hasOwn(keys, kid) ? keys[kid] : undefined;
  if (!pem) {
    const why = Object.keys(keys).length === 0 ? 'this computer trusts no request keys' : 'your organisation does not trust that key';
    throw new RequestRefusedError(`This request is signed with key "${kid.slice(0, 64)}", and ${why}.`, 'unknown-key');
  }
  let payload;
  try {
    const key = await importSPKI(pem, REQUEST_ALGORITHM);
    ({ payload } = await jwtVerify(token, key, { algorithms: [REQUEST_ALGORITHM], currentDate: options.now, clockTolerance: CLOCK_SKEW_SECONDS, requiredClaims: ['exp', 'iat', 'jti'] }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new RequestRefusedError(`This request expired at ${when(Number(error.payload.exp))}; ${NEW_LINK}.`, 'expired');
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'nbf') {
      throw new RequestRefusedError(`This request is not valid before ${when(Number(error.payload.nbf))}; check this computer's clock or ${NEW_LINK}.`, 'not-yet-valid');
    }
    if (error instanceof errors.JWTClaimValidationFailed) throw new RequestRefusedError(`This request has no valid "${error.claim}" claim; ${NEW_LINK}.`, 'invalid');
    if (error instanceof errors.JWSSignatureVerificationFailed) throw new RequestRefusedError(`This request was changed after it was signed; ${NEW_LINK}.`, 'tampered');
    throw new RequestRefusedError(`This request link is damaged (its signed part cannot be read); ${NEW_LINK}.`, 'malformed');
  }
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  if (typeof payload.iat === 'number' && payload.iat > nowSeconds + CLOCK_SKEW_SECONDS) {
    throw new RequestRefusedError(`This request is dated ${when(payload.iat)}, in the future; check this computer's clock or ${NEW_LINK}.`, 'not-yet-valid');
  }
  const parsed = signedRequestClaimsSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RequestRefusedError(`This request's "${issue?.path.join('.') || 'claims'}" is not valid (${issue?.message ?? 'invalid'}); ${NEW_LINK}.`, 'invalid');
  }
  const { upload, iat: _iat, exp, nbf: _nbf, jti, ...request } = parsed.data;
  if (await options.replay.used(jti)) throw alreadyUsedError();
  return { request, ...(upload ? { upload } : {}), kid, jti, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The refusal of a request already used on this machine (the same sentence everywhere). */
export function alreadyUsedError(): RequestRefusedError {
  return new RequestRefusedError(ALREADY_USED, 'replayed');
}

/**
 * Claims a verified request for this run, so the same link is refused from now on, here and in any
 * other process: RequestRefusedError ('replayed') when another run claimed it first (checking
 * `used` at verification is only the early answer; this is the one that counts).
 */
export async function claimRequest(verified: VerifiedRequest, replay: ReplayStore): Promise<void> {
  if (!(await replay.claim(verified.jti, Math.ceil(Date.parse(verified.expiresAt) / 1000)))) {
    throw alreadyUsedError();
  }
}

/** Runs `work` with the request claimed; success spends it for good, a failure gives the claim back (the same link may try again) and is rethrown. */
export async function withClaimedRequest<T>(verified: VerifiedRequest, replay: ReplayStore, work: () => Promise<T>): Promise<T> {
  await claimRequest(verified, replay);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    // Best effort: a claim that cannot be given back leaves the link spent, which is the safe side.
    await replay.release(verified.jti).catch(() => undefined);
    throw error;
  }
  // The work is done (a bundle sent is sent): a store too busy to note it must not turn that into a failure.
  await replay.finish(verified.jti).catch(() => undefined);
  return result;
}
