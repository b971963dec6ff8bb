/**
 * Where an organisation's policy lives on each OS, highest first. Data only; load-policy.ts reads it.
 */
import type { SupportedPlatform } from './supported-platform.js';

/** The macOS application id (electron-builder's appId): the managed preferences domain. */
export const MAC_POLICY_DOMAIN = 'io.github.zoomphonesupportbundle.app';

/** One policy source: a registry key read with `reg query`, a plist, or a JSON file (below the system root). */
export type PolicyLocation = { kind: 'registry'; key: string } | { kind: 'plist' | 'json'; segments: readonly string[] };

/** The managed sources per OS, highest first. ZPB_POLICY_FILE comes after all of them. */
export const POLICY_LOCATIONS: Readonly<Record<SupportedPlatform, readonly PolicyLocation[]>> = {
  win32: [
    { kind: 'registry', key: 'HKLM\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle' },
    { kind: 'registry', key: 'HKCU\\SOFTWARE\\Policies\\ZoomPhoneSupportBundle' },
  ],
  darwin: [
    // Forced values from a configuration profile (MDM), then the machine-wide preferences an admin wrote.
    { kind: 'plist', segments: ['Library', 'Managed Preferences', `${MAC_POLICY_DOMAIN}.plist`] },
    { kind: 'plist', segments: ['Library', 'Preferences', `${MAC_POLICY_DOMAIN}.plist`] },
  ],
  linux: [{ kind: 'json', segments: ['etc', 'zoom-phone-support-bundle', 'policy.json'] }],
};

/** The environment variable naming a JSON policy file (the CLI and tests), read after the managed sources. */
export const POLICY_FILE_VARIABLE = 'ZPB_POLICY_FILE';
