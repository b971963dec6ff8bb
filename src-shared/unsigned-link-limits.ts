/**
 * What an unsigned request link may ask. Anyone can write one, so it may pre-fill answers and ask
 * for MORE privacy, never less: a redaction below the default (minimal) is ignored, and it may not
 * say where the bundle goes (`return`: an e-mail address or page the user is told to send it to).
 * A signed request may do what its signer allows within the organisation policy.
 */
import type { RedactionProfile } from './bundle-manifest.js';
import type { RequestLink } from './request-link.js';

/** The redaction an unsigned link may not go below: the default. */
export const UNSIGNED_LINK_MIN_REDACTION: RedactionProfile = 'standard';

/** Profiles from least to most private. */
const PRIVACY_ORDER: readonly RedactionProfile[] = ['none', 'minimal', 'standard', 'strict'];

/** The fields limitUnsignedLink drops from a parsed unsigned link. */
export type LimitedLinkField = 'redaction' | 'return';
/** The fields of an unsigned link that were dropped ('upload': an upload address, seen in the raw link only). */
export type IgnoredLinkField = LimitedLinkField | 'upload';

/** Each dropped field in words. */
const IGNORED_FIELD_WORDS: Record<IgnoredLinkField, string> = {
  redaction: `its lower redaction (the default, ${UNSIGNED_LINK_MIN_REDACTION}, applies)`,
  return: 'where it says to send the bundle',
  upload: 'the upload address in it (nothing is sent anywhere)',
};

/** The link with what an unsigned one may not ask removed, and which fields those were. */
export function limitUnsignedLink(link: RequestLink): { link: RequestLink; ignored: LimitedLinkField[] } {
  const ignored: LimitedLinkField[] = [];
  const limited: RequestLink = { ...link };
  if (limited.redaction && PRIVACY_ORDER.indexOf(limited.redaction) < PRIVACY_ORDER.indexOf(UNSIGNED_LINK_MIN_REDACTION)) {
    delete limited.redaction;
    ignored.push('redaction');
  }
  if (limited.returnTo !== undefined) {
    delete limited.returnTo;
    ignored.push('return');
  }
  return { link: limited, ignored };
}

/** One sentence for a person: what was ignored and why. */
export function ignoredLinkFieldsSentence(ignored: readonly IgnoredLinkField[]): string {
  const parts = ignored.map((field) => IGNORED_FIELD_WORDS[field]);
  return `the link is not signed, so ${parts.join(' and ')} ${parts.length > 1 ? 'are' : 'is'} ignored`;
}
