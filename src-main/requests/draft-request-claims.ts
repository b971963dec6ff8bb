/**
 * Signed requests in the app's collect-review-save flow. One without an upload is spent by the
 * bundle made for it, as `zpb collect --request-link` does: claimed in the replay store before
 * anything is collected, held by the draft under review, spent for good once that draft is saved
 * and given back when it is discarded or collecting fails (nothing saved). One with an upload is
 * claimed when it sends (sendBundle); collecting for it is only refused once it has been used.
 */
import type { PlanClaim } from '../../src-shared/collect-plan.js';
import type { VerifiedRequest } from '../../src-shared/signed-request.js';
import type { ReplayStore } from './replay-store.js';
import { alreadyUsedError, claimRequest } from './verify-request.js';

export class DraftRequestClaims {
  /** Claimed requests by the id of the draft made for them. */
  private readonly byDraft = new Map<string, VerifiedRequest>();

  constructor(
    private readonly replay: () => ReplayStore,
    /** Drops a draft whose claim moved to a newer collection of the same request (one bundle per request). */
    private readonly dropDraft: (draftId: string) => Promise<void>,
  ) {}

  /**
   * Runs `collect` for `verified` (anything goes without a signed request); a used request is
   * refused with RequestRefusedError ('replayed') before `collect` starts. When the collect plan
   * spends it once saved (`claim` 'until-saved'), the claim then belongs to the draft `collect`
   * returns; a failure gives it back.
   */
  async collect<T extends { id: string }>(verified: VerifiedRequest | undefined, claim: PlanClaim, collect: () => Promise<T>): Promise<T> {
    if (!verified) return collect();
    const replay = this.replay();
    if (claim !== 'until-saved') {
      if (await replay.used(verified.jti)) throw alreadyUsedError();
      return collect();
    }
    // Collecting again for the same request (Back, then Collect): the claim moves on, the older draft goes.
    const held = [...this.byDraft].find(([, claimed]) => claimed.jti === verified.jti)?.[0];
    if (held === undefined) await claimRequest(verified, replay);
    else {
      this.byDraft.delete(held);
      await this.dropDraft(held);
    }
    try {
      const draft = await collect();
      this.byDraft.set(draft.id, verified);
      return draft;
    } catch (error) {
      // Best effort, as withClaimedRequest: a claim that cannot be given back leaves the link spent.
      await replay.release(verified.jti).catch(() => undefined);
      throw error;
    }
  }

  /** The draft was saved: its request is spent for good. */
  async saved(draftId: string): Promise<void> {
    const claimed = this.byDraft.get(draftId);
    if (!claimed) return;
    this.byDraft.delete(draftId);
    // A bundle saved is saved: a store too busy to note it must not turn that into a failure.
    await this.replay().finish(claimed.jti).catch(() => undefined);
  }

  /** The draft was discarded unsaved: its request may be used again. */
  async discarded(draftId: string): Promise<void> {
    const claimed = this.byDraft.get(draftId);
    if (!claimed) return;
    this.byDraft.delete(draftId);
    await this.replay().release(claimed.jti).catch(() => undefined);
  }
}
