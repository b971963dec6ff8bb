/**
 * The redactor of one bundle: the rule scan over text (text-redactor.ts), consistent placeholders,
 * and counts per category. Works on latin1 strings (one char per byte) so any file's bytes
 * round-trip exactly; JSON values are redacted value by value (structured), never as raw text.
 */
import type { RedactionProfile } from '../../src-shared/bundle-manifest.js';
import type { PlaceholderKind } from './placeholder-kinds.js';
import { Placeholders, type CategoryCounts } from './placeholders.js';
import { keyedValue, keyKind, saysSecret, SECRET_KEYS, secretKeyKind, tokenKeyValue, VERSION_VALUE } from './redaction-keys.js';
import { TextRedactor, toLatin1Text, type TextRedactionSettings } from './text-redactor.js';

export { toLatin1Text };

/** What to redact in one bundle. */
export interface RedactionSettings extends Omit<TextRedactionSettings, 'profile'> {
  profile: RedactionProfile;
  /** Keep placeholder -> original in memory so it can be saved beside the bundle. */
  keepMapping?: boolean;
}

const SECRET_KEY_NAME = new RegExp(`^(?:${SECRET_KEYS.join('|')}|authorization|cookie|set-cookie)$`, 'i');
// In parsed JSON a key costs nothing to test, so any key that says secret counts ("mySecretValue", "passwordHash", "vmPin").
const SAYS_SIGNATURE = /signature/i;
/** Keys of an object that make it a street address (an E911 body): its "state" is then the address's. */
const ADDRESS_OBJECT_KEY = /^(?:address\w*|street\w*|city|town|locality|zip\w*|postal\w*|postcode|houseNumber|house_number)$/i;
const WIFI_KEY_NAME = /^(?:ssid|wifi|wifiName|wifi_name|networkName)$/i;

function fromLatin1Text(value: string): string {
  return Buffer.from(value, 'latin1').toString('utf8');
}

export class Redactor {
  readonly profile: RedactionProfile;
  readonly placeholders: Placeholders;
  /** Totals for the whole bundle, by category. */
  readonly counts: CategoryCounts;
  private readonly text: TextRedactor | null;

  constructor(settings: RedactionSettings) {
    this.profile = settings.profile;
    this.placeholders = new Placeholders(settings.keepMapping ?? false);
    this.counts = this.placeholders.counts;
    const { profile, keepMapping: _keep, ...identity } = settings;
    this.text = profile === 'none' ? null : new TextRedactor({ profile, ...identity }, this.placeholders);
  }

  /** Redacts latin1 text; returns the text and how many values were replaced. */
  redactText(text: string): { text: string; count: number } {
    return this.text ? this.text.redact(text) : { text, count: 0 };
  }

  /** Redacts a JS string (UTF-8 semantics) with the same rules as file content. */
  redactString(value: string): { text: string; count: number } {
    const result = this.redactText(toLatin1Text(value));
    return result.count === 0 ? { text: value, count: 0 } : { text: fromLatin1Text(result.text), count: result.count };
  }

  /**
   * Structured redaction of JSON: every string value and key; values under secret keys replaced
   * whole; a name/value pair whose name says secret ({"name":"DB_PASSWORD","value":...}) and the
   * state of an address object by their siblings.
   */
  redactJson(value: unknown): { value: unknown; count: number } {
    let count = 0;
    const visit = (node: unknown, key?: string, siblings?: Record<string, unknown>): unknown => {
      if (typeof node === 'string' && key !== undefined && this.text && node !== '' && siblings) {
        const pairName = /^value$/i.test(key) ? Object.entries(siblings).find(([k]) => /^name$/i.test(k))?.[1] : undefined;
        if (typeof pairName === 'string' && saysSecret(pairName)) {
          count++;
          return this.placeholders.get('secret', toLatin1Text(node));
        }
        if (this.profile !== 'minimal' && /^state$/i.test(key) && Object.keys(siblings).some((k) => ADDRESS_OBJECT_KEY.test(k))) {
          const keyed = keyedValue('address', toLatin1Text(node), this.placeholders);
          if (keyed !== null) {
            count++;
            return fromLatin1Text(keyed);
          }
        }
      }
      // A version under a version key stays as written ("firmwareVersion": "96.86.0.70" is no address).
      if (typeof node === 'string' && key !== undefined && secretKeyKind(key) === 'version' && VERSION_VALUE.test(node)) return node;
      if (typeof node === 'string') {
        const category = this.text && key !== undefined && node !== '' ? this.wholeValueCategory(key, node) : null;
        if (category) {
          count++;
          return this.placeholders.get(category, toLatin1Text(node));
        }
        const kind = this.profile !== 'minimal' && this.text && key !== undefined ? keyKind(key) : null;
        const keyed = kind ? keyedValue(kind, toLatin1Text(node), this.placeholders) : null;
        if (keyed !== null) {
          count++;
          return fromLatin1Text(keyed);
        }
        const result = this.redactString(node);
        count += result.count;
        return result.text;
      }
      const numberKind = typeof node === 'number' && key !== undefined && this.profile !== 'minimal' && this.text ? keyKind(key) : null;
      if (numberKind === 'phone' || numberKind === 'coordinate' || numberKind === 'postal' || numberKind === 'device') {
        // "callerNumber": 14155550123 or "latitude": 37.422 as a JSON number: still private (a string now).
        const keyed = keyedValue(numberKind, String(node), this.placeholders);
        if (keyed !== null) {
          count++;
          return keyed;
        }
      }
      if (Array.isArray(node)) return node.map((item) => visit(item));
      if (node !== null && typeof node === 'object') {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
          const redactedKey = this.redactString(k);
          count += redactedKey.count;
          out[redactedKey.text] = visit(v, k, node as Record<string, unknown>);
        }
        return out;
      }
      return node;
    };
    const redacted = visit(value);
    return { value: redacted, count };
  }

  private wholeValueCategory(key: string, value: string): PlaceholderKind | null {
    if (/version$/i.test(key)) return null;
    if (SECRET_KEY_NAME.test(key) || saysSecret(key) || SAYS_SIGNATURE.test(key)) return 'secret';
    if (secretKeyKind(key) === 'token' && tokenKeyValue(toLatin1Text(value))) return 'secret';
    if (this.profile === 'strict' && WIFI_KEY_NAME.test(key)) return 'wifi';
    return null;
  }
}
