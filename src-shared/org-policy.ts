/**
 * Organisation policy: what an admin sets for every user of the app (Windows Policies registry key,
 * macOS managed preferences, a root-owned JSON file on Linux). Each key is validated on its own, so
 * one bad value names itself; sources are merged key by key, the highest source that sets a key wins.
 * A policy that cannot be read or has a bad value fails closed for the security keys: uploads off
 * and signed requests only, with the reason kept for `zpb policy show` and the app.
 */
import { z } from 'zod';

/** The redaction profiles a policy may require as a floor, weakest first. */
export const MINIMUM_REDACTIONS = ['minimal', 'standard', 'strict'] as const;

/** A key id as it appears in a JWS header: short, plain characters. */
export const keyIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'key ids are 1-64 letters, digits, ".", "_" or "-"' });

/** A host an upload may go to: a lower-case DNS name or IPv4 address, with an optional port. */
export const uploadHostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}(:\d{1,5})?$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/, { message: 'expected a host name such as uploads.example.com or 127.0.0.1:9000' });

const publicKeyPemSchema = z
  .string()
  .max(4000)
  .refine((pem) => /^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/.test(pem.trim()), { message: 'expected a PEM public key (-----BEGIN PUBLIC KEY-----)' });

/** Every policy key with its schema: the single source of truth for all three OS sources. */
export const POLICY_KEY_SCHEMAS = {
  /** kid -> Ed25519 public key (PEM): whose signed requests this machine accepts. */
  trustedRequestKeys: z.record(keyIdSchema, publicKeyPemSchema).refine((keys) => Object.keys(keys).length <= 50, { message: 'at most 50 keys' }),
  /** Unsigned request links are refused altogether (not even pre-fill). */
  requireSignedRequests: z.boolean(),
  /** Hosts a bundle may be uploaded to; a loopback host listed here may also use plain http (tests). */
  allowedUploadHosts: z.array(uploadHostSchema).max(100),
  /** The weakest redaction a bundle may use. */
  minimumRedaction: z.enum(MINIMUM_REDACTIONS),
  /** A probe plan file (JSON) replacing the shipped one. */
  probePlan: z.string().trim().min(1).max(1000),
  /** The longest Zoom log window, in hours. */
  maxLogWindowHours: z.number().positive().max(24 * 366),
  /** The most Zoom log data in a bundle, in MB. */
  maxTotalMb: z.number().positive().max(100 * 1024),
  /** Whether a screenshot may be attached. */
  allowScreenshots: z.boolean(),
  /** Key for the pseudonymous reporter and device ids (fleet summaries). */
  reporterKey: z.string().min(16).max(500),
  /** An update feed (https JSON: version, url, notes): the app says when a newer version exists; unset, it never asks. */
  updateFeedUrl: z.string().trim().max(2000).refine((url) => /^https:\/\/[^\s/@]+\/\S*$/i.test(url), { message: 'expected an https address such as https://updates.example.org/zpb.json' }),
} as const;

export type PolicyKey = keyof typeof POLICY_KEY_SCHEMAS;
export const POLICY_KEYS = Object.keys(POLICY_KEY_SCHEMAS) as PolicyKey[];

/** A whole policy document (every key optional), as a JSON policy file holds it. */
export const orgPolicySchema = z.object(POLICY_KEY_SCHEMAS).partial();
export type OrgPolicy = z.output<typeof orgPolicySchema>;

/** How each key is stored where a source has no JSON types (registry values). */
export type PolicyKeyKind = 'boolean' | 'number' | 'string' | 'list' | 'map';
export const POLICY_KEY_KINDS: Readonly<Record<PolicyKey, PolicyKeyKind>> = {
  trustedRequestKeys: 'map',
  requireSignedRequests: 'boolean',
  allowedUploadHosts: 'list',
  minimumRedaction: 'string',
  probePlan: 'string',
  maxLogWindowHours: 'number',
  maxTotalMb: 'number',
  allowScreenshots: 'boolean',
  reporterKey: 'string',
  updateFeedUrl: 'string',
};

/** What one source held: raw values by key, or why it could not be used. */
export interface PolicySourceReading {
  /** Where it came from, for people ("HKLM\\SOFTWARE\\Policies\\...", a file path). */
  source: string;
  /** Raw values by key (unknown keys are ignored; newer policies work with older apps). */
  values: Record<string, unknown>;
  /** Why the source could not be read at all: the policy fails closed. */
  error?: string;
  /** Why the source was ignored (not an error: a file nobody trusted wrote). */
  ignored?: string;
}

/** One effective value and where it came from. */
export interface PolicySetting<K extends PolicyKey = PolicyKey> {
  value: OrgPolicy[K];
  source: string;
}

/** The merged policy: the values set, the sources that were read, and why it failed closed if it did. */
export interface EffectivePolicy {
  settings: { [K in PolicyKey]?: PolicySetting<K> };
  /** Every source that held something, highest first. */
  sources: string[];
  /** One line per problem: a source that could not be read or a value that is invalid. */
  problems: string[];
  /** One line per source that was ignored and why. */
  notes: string[];
  /** True when a problem forced uploads off and signed requests on. */
  failedClosed: boolean;
}

/** Where a value set because the policy failed closed "comes from". */
export const FAILED_CLOSED_SOURCE = 'invalid policy (fails closed)';

/**
 * Merges readings, highest first: per key the first source that sets it decides (an invalid value
 * there is a problem, never a reason to take a lower source's looser value); any problem fails
 * closed. `checkPublicKey` says why a trusted key's PEM is unusable (main checks it with node:crypto).
 */
export function mergePolicy(readings: readonly PolicySourceReading[], checkPublicKey: (pem: string) => string | undefined = () => undefined): EffectivePolicy {
  const settings: Record<string, PolicySetting> = {};
  const problems: string[] = [];
  const notes: string[] = [];
  const sources: string[] = [];
  const decided = new Set<PolicyKey>();
  for (const reading of readings) {
    if (reading.ignored) {
      notes.push(`${reading.source}: ignored (${reading.ignored})`);
      continue;
    }
    if (reading.error) {
      problems.push(`${reading.source}: ${reading.error}`);
      continue;
    }
    const keys = POLICY_KEYS.filter((key) => Object.hasOwn(reading.values, key));
    if (keys.length > 0) sources.push(reading.source);
    for (const key of keys) {
      if (decided.has(key)) continue;
      decided.add(key);
      const parsed = POLICY_KEY_SCHEMAS[key].safeParse(reading.values[key]);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `.${issue.path.join('.')}` : '';
        problems.push(`${reading.source}: ${key}${where}: ${issue?.message ?? 'invalid'}`);
        continue;
      }
      const badKey = key === 'trustedRequestKeys' ? Object.entries(parsed.data as Record<string, string>).find(([, pem]) => checkPublicKey(pem)) : undefined;
      if (badKey) {
        problems.push(`${reading.source}: trustedRequestKeys.${badKey[0]} ${checkPublicKey(badKey[1])}`);
        continue;
      }
      settings[key] = { value: parsed.data, source: reading.source };
    }
  }
  const failedClosed = problems.length > 0;
  if (failedClosed) {
    settings.requireSignedRequests = { value: true, source: FAILED_CLOSED_SOURCE };
    settings.allowedUploadHosts = { value: [], source: FAILED_CLOSED_SOURCE };
  }
  return { settings: settings as EffectivePolicy['settings'], sources, problems, notes, failedClosed };
}

/** The policy of a machine without any: nothing set. */
export const NO_POLICY: EffectivePolicy = { settings: {}, sources: [], problems: [], notes: [], failedClosed: false };

/** A key's effective value, or undefined when no source set it. */
export function policyValue<K extends PolicyKey>(policy: EffectivePolicy, key: K): OrgPolicy[K] | undefined {
  return (policy.settings[key] as PolicySetting<K> | undefined)?.value;
}
