/**
 * --request-link in its signed form, for `zpb collect` and `zpb upload`: verified against the
 * policy's trusted keys and this user's replay store; a refusal is one sentence and exit 2.
 */
import type { EffectivePolicy } from '../../src-shared/org-policy.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import type { Environment } from '../platform/environment.js';
import { replayStoreFor } from '../requests/replay-store.js';
import { RequestRefusedError, verifySignedRequest } from '../requests/verify-request.js';
import { UsageError } from './usage-error.js';

/** The verified request of a signed link's token; throws UsageError with the refusal's sentence. */
export async function verifyRequestFlag(token: string, policy: EffectivePolicy, environment: Environment): Promise<VerifiedRequest> {
  try {
    return await verifySignedRequest(token, { policy, replay: replayStoreFor(environment), now: environment.now() });
  } catch (error) {
    if (error instanceof RequestRefusedError) throw new UsageError(`--request-link: ${error.message}`);
    throw error;
  }
}
