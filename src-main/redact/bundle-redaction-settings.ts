/**
 * Builds one bundle's redaction settings from what the caller chose (profile, extra keywords)
 * and what this machine and report reveal (OS user name, host name, the user's own name or email
 * when the form asked for them), so callers only pass their choice.
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

// Report fields that hold the user's own identity, when the form has them (read by name so the
// report schema can grow without this module changing).
const IDENTITY_FIELDS = ['userName', 'userEmail', 'name', 'email', 'displayName', 'contactEmail'];

/** The user's own name or email as typed in the report, if any. */
export function reportKeywords(report: object): string[] {
  const record = report as Record<string, unknown>;
  return IDENTITY_FIELDS.map((field) => record[field]).filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
}

/** Settings for the bundle writer. */
export function bundleRedactionSettings(choice: RedactionChoice | undefined, environment: Environment, report: object): RedactionSettings {
  return {
    profile: choice?.profile ?? 'standard',
    username: environment.username,
    usernames: environment.usernames,
    fullName: environment.fullName,
    home: environment.home,
    hostname: environment.hostname,
    hostAliases: environment.hostAliases,
    keywords: [...reportKeywords(report), ...(choice?.keywords ?? [])],
  };
}
