/**
 * Builds one bundle's redaction settings from what the caller chose (profile, extra keywords)
 * and what this machine reveals (OS user names, the account's full name, host names), so callers
 * only pass their choice. (The report has no name or e-mail field: its schema strips any, so
 * nothing is looked up there.)
 */
import type { RedactionProfile } from '../../src-shared/bundle-manifest.js';
import type { Environment } from '../platform/environment.js';
import type { RedactionSettings } from './redactor.js';

/** What a caller of createBundle chooses about redaction. */
export interface RedactionChoice {
  /** Default 'standard'. */
  profile?: RedactionProfile;
  /** Extra values to hide everywhere. */
  keywords?: string[];
  /** Save the placeholder -> original mapping here (mode 0600); never inside the bundle. */
  mappingPath?: string;
}

/** Settings for the bundle writer. */
export function bundleRedactionSettings(choice: RedactionChoice | undefined, environment: Environment): RedactionSettings {
  return {
    profile: choice?.profile ?? 'standard',
    username: environment.username,
    usernames: environment.usernames,
    fullName: environment.fullName,
    home: environment.home,
    hostname: environment.hostname,
    hostAliases: environment.hostAliases,
    keywords: [...(choice?.keywords ?? [])],
  };
}
