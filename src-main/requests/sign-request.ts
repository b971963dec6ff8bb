/**
 * The help desk's side of signed requests: an Ed25519 key pair, and a request signed with it as a
 * JWS (compact, EdDSA, `kid` in the header) whose claims pass the same schema the app verifies with.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { signedRequestClaimsSchema, type SignedRequestClaims } from '../../src-shared/signed-request.js';
import { REQUEST_ALGORITHM } from './verify-request.js';

/** A new Ed25519 key pair as PEM: PKCS#8 private key and SPKI public key (what the policy lists). */
export function generateRequestKeys(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

export interface SignRequestInput {
  privateKeyPem: string;
  kid: string;
  /** The request's fields and upload; iat, exp and jti are set here. */
  claims: Omit<SignedRequestClaims, 'iat' | 'exp' | 'jti' | 'nbf'>;
  now: Date;
  /** How long the request stays valid. */
  validForSeconds: number;
}

/** Signs a request; throws a zod error for claims the app would refuse, so no unusable link is made. */
export async function signRequest(input: SignRequestInput): Promise<string> {
  const iat = Math.floor(input.now.getTime() / 1000);
  const claims = signedRequestClaimsSchema.parse({ ...input.claims, iat, exp: iat + input.validForSeconds, jti: randomUUID() });
  const key = await importPKCS8(input.privateKeyPem, REQUEST_ALGORITHM);
  return new SignJWT({ ...claims }).setProtectedHeader({ alg: REQUEST_ALGORITHM, kid: input.kid, typ: 'JWT' }).sign(key);
}
