/**
 * Windows and Kerberos account names written with their domain: DOMAIN\lfischer (also JSON-escaped,
 * CORP\\lfischer) and lfischer@CORP, a Kerberos principal in a realm without a dot (one with a dot,
 * lfischer@CORP.EXAMPLE.COM, is taken by the e-mail rule). The domain stays; the user goes.
 */
import { STANDARD, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** Accounts of the system, not of a person. */
const REGISTRY_HIVE_BEFORE = /(?:^|[^A-Za-z0-9_])HK(?:LM|CU|CR|U|CC)\\?$/;
const SYSTEM_ACCOUNTS = /^(?:system|administrator|admin|guest|defaultaccount|wdagutilityaccount|local ?service|network ?service|krbtgt|root|default|public)$/i;
const PRINCIPAL_CHAR = /[A-Za-z0-9._-]/;

/**
 * The placeholder of an account name as a tool takes it (smbclient -U 'EMEA\lfischer%pw', a login
 * field): a Windows domain before a backslash stays, the account goes under the same placeholder
 * as everywhere else in the bundle (CORP\lfischer and \\srv\users$\lfischer are one user).
 */
export function accountPlaceholder(c: MatchContext, account: string): string {
  const slash = account.lastIndexOf('\\');
  if (slash < 0) return simple(c, 'user', account.toLowerCase());
  const domain = account.slice(0, slash + 1);
  const user = account.slice(slash + 1);
  return user ? `${domain}${simple(c, 'user', user.toLowerCase())}` : account;
}

/** DOMAIN\user and user@REALM. */
export const DOMAIN_ACCOUNT_RULE: RedactionRule = {
  category: 'user',
  profiles: STANDARD,
  rare: true,
  // Found from the (last) backslash after an upper-case domain, and from an '@' before an
  // upper-case realm with no dot in it.
  pattern:
    '\\\\(?<=(?<![A-Za-z0-9_.\\\\$%-])[A-Z][A-Z0-9-]{1,14}\\\\{1,2})([a-z][a-z0-9._-]{1,30})(?![A-Za-z0-9_\\\\/$])' +
    // whoami writes the domain in lower case (corp\anna.kovacs S-1-5-21-...): then the SID after it says it is an account.
    '|\\\\(?<=(?<![A-Za-z0-9_.\\\\$%-])[a-z][a-z0-9-]{1,14}\\\\)([a-z][a-z0-9._-]{1,30})(?=[ \\t]+S-1-5-21-)' +
    '|@(?=[A-Z][A-Z0-9-]{1,30}(?![A-Za-z0-9_.-]))',
  replace: (c) => {
    const account = c.group(1) ?? c.group(2);
    if (account !== undefined) return SYSTEM_ACCOUNTS.test(account) || REGISTRY_HIVE_BEFORE.test(c.textBefore(8)) ? null : `\\${simple(c, 'user', account.toLowerCase())}`;
    const user = c.takeBefore(PRINCIPAL_CHAR, 64);
    if (!user || SYSTEM_ACCOUNTS.test(user) || /[/]$/.test(c.charBefore())) return null;
    return `${simple(c, 'user', user.toLowerCase())}@`;
  },
};
