/**
 * `zpb policy show [--json]`: every policy value in effect on this machine and where it came from
 * (a registry key, a plist, a JSON file, or the default), and why the policy failed closed if it did.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { FAILED_CLOSED_SOURCE, POLICY_KEYS, type EffectivePolicy, type PolicyKey } from '../../src-shared/org-policy.js';
import { printable } from '../../src-shared/printable-text.js';
import { currentEnvironment } from '../platform/environment.js';
import { loadPolicy } from '../platform/load-policy.js';
import type { CliIo } from './cli-io.js';
import { parseCommandArgs } from './command-args.js';
import { EXIT } from './cli-io.js';
import { UsageError } from './usage-error.js';

export const POLICY_USAGE = `Usage: zpb policy show [--json]

Shows the organisation policy in effect on this machine: every value and where it came from.
Sources, highest first: Windows HKLM then HKCU \\SOFTWARE\\Policies\\ZoomPhoneSupportBundle;
macOS /Library/Managed Preferences then /Library/Preferences (io.github.zoomphonesupportbundle.app.plist);
Linux /etc/zoom-phone-support-bundle/policy.json (used only when root owns it and only root may
write it); then the JSON file named by ZPB_POLICY_FILE, which cannot change what those set.

Options:
  --json       print one JSON object
  -h, --help   show this help
`;

/** What each key means when no source sets it. */
const DEFAULTS: Readonly<Record<PolicyKey, string>> = {
  trustedRequestKeys: 'none (signed requests cannot be verified)',
  requireSignedRequests: 'false (unsigned links may pre-fill answers)',
  allowedUploadHosts: 'not limited (but only a verified signed request can upload)',
  minimumRedaction: 'not limited',
  probePlan: 'the shipped Zoom Phone plan',
  maxLogWindowHours: 'not limited',
  maxTotalMb: 'not limited',
  allowScreenshots: 'true',
  reporterKey: 'none',
  updateFeedUrl: 'none (the app never checks for updates)',
};

/** A short fingerprint of a public key: the first 16 hex digits of the SHA-256 of its DER form. */
export function keyFingerprint(pem: string): string {
  try {
    return `sha256:${createHash('sha256').update(createPublicKey(pem).export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16)}`;
  } catch {
    return 'unreadable';
  }
}

/** A value as shown: keys by id and fingerprint, the reporter key never (it is a secret). */
function shownValue(key: PolicyKey, value: unknown): unknown {
  if (key === 'trustedRequestKeys') return Object.fromEntries(Object.entries(value as Record<string, string>).map(([kid, pem]) => [kid, keyFingerprint(pem)]));
  if (key === 'reporterKey') return '(set, not shown)';
  return value;
}

/** The JSON form: every key with value (null when unset) and source ("default" when unset). */
export function policyReport(policy: EffectivePolicy) {
  const settings = Object.fromEntries(
    POLICY_KEYS.map((key) => {
      const setting = policy.settings[key];
      return [key, setting ? { value: shownValue(key, setting.value), source: setting.source } : { value: null, source: 'default', default: DEFAULTS[key] }];
    }),
  );
  return { settings, sources: policy.sources, failedClosed: policy.failedClosed, problems: policy.problems, notes: policy.notes };
}

function textValue(value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${String(v)}`).join(', ') || '(none)';
  return String(value);
}

/** Runs `zpb policy`; returns the exit code. */
export async function runPolicy(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs(argv, { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } });
  if (parsed.values.help) {
    io.stdout.write(POLICY_USAGE);
    return EXIT.ok;
  }
  const [action, ...extra] = parsed.positionals;
  if (action !== 'show' || extra.length > 0) throw new UsageError('policy: expected "zpb policy show [--json]"');
  const policy = await loadPolicy(io.environment ?? currentEnvironment());
  const report = policyReport(policy);
  if (parsed.values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = [policy.sources.length ? `Organisation policy from: ${policy.sources.join('; ')}` : 'No organisation policy is set on this machine.'];
  for (const key of POLICY_KEYS) {
    const setting = report.settings[key]!;
    const shown = setting.source === 'default' ? `${DEFAULTS[key]}  [default]` : `${textValue(setting.value)}  [${setting.source}]`;
    lines.push(`  ${key.padEnd(22)} ${shown}`);
  }
  if (policy.failedClosed) lines.push(`The policy is invalid, so uploads are off and only signed requests are accepted (${FAILED_CLOSED_SOURCE}):`);
  for (const problem of policy.problems) lines.push(`  problem: ${problem}`);
  for (const note of policy.notes) lines.push(`  note: ${note}`);
  io.stdout.write(`${lines.map((line) => printable(line)).join('\n')}\n`);
  return EXIT.ok;
}
