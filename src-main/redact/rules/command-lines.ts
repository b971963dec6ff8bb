/**
 * Secrets on command lines and in .netrc: --password VALUE (and --token, --api-key, ...), the
 * one-letter flags that mean a password for the tool they follow (mysql -pSECRET, sshpass -p,
 * redis-cli -a, ldapsearch -w, zip -P, curl -u user:pass, smbclient -U user%pass), and a .netrc's
 * "machine HOST login USER password SECRET". A flag that means a port or a path for other tools
 * (ssh -p 2222) stays: the letter counts only after a tool that gives it that meaning.
 */
import { accountPlaceholder } from './account-names.js';
import { ALL, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** The one-letter flags that take a password (or user:password) per tool. */
export const PASSWORD_FLAGS: Readonly<Record<string, string>> = {
  mysql: 'p', mysqldump: 'p', mysqladmin: 'p', mysqlimport: 'p', mysqlcheck: 'p', mysqlsh: 'p', mariadb: 'p', 'mariadb-dump': 'p',
  sshpass: 'p', 'redis-cli': 'a', ldapsearch: 'w', ldapmodify: 'w', ldapadd: 'w', ldapdelete: 'w', ldappasswd: 'ws', ldapwhoami: 'w',
  zip: 'P', unzip: 'P', '7z': 'p', '7za': 'p', sqlcmd: 'P', bcp: 'P', osql: 'P', isql: 'P', mongo: 'p', mongosh: 'p', mongodump: 'p', mongorestore: 'p',
  ipmitool: 'P', curl: 'uU', smbclient: 'U', rpcclient: 'U', wget: '', htpasswd: '', openssl: 'k',
};
const TOOL_BEFORE = new RegExp(`(?:^|[\\s/\\\\|;&(])(${Object.keys(PASSWORD_FLAGS).map((t) => t.replace(/[-.]/g, '\\$&')).join('|')})(?:\\.exe)?[ \\t](?![^\\r\\n]*[|;&][ \\t]*[A-Za-z])`, 'g');

/** Long flags whose value is a secret ("--password x", "--db-password=x", "--client-secret x"). */
const LONG_SECRET = 'password|passwd|pass|token|secret|api-key|apikey|access-key|secret-key|client-secret|auth-token|pin|passphrase';
/** Long flags whose value is user:password (curl --user, --proxy-user; wget's own flags are above). */
const LONG_USER = 'user|proxy-user';
const VALUE = `("[^"\\r\\n]*"|'[^'\\r\\n]*'|[^\\s"'|;&]+)`;
const VARIABLE = /^["']?(?:\$\{?\w+\}?|%\w+%)["']?$/;

/** The tool a one-letter flag belongs to: the last tool word before it on its line, in this command. */
function toolBefore(c: MatchContext): string | null {
  const before = c.textBefore(300);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  let tool: string | null = null;
  TOOL_BEFORE.lastIndex = 0;
  for (let m = TOOL_BEFORE.exec(line); m !== null; m = TOOL_BEFORE.exec(line)) tool = m[1]!;
  return tool;
}

/** A value with its quotes kept and its secret part (all of it, or what follows user: or user%) replaced. */
function secretValue(c: MatchContext, value: string, split: RegExp | null): string | null {
  if (VARIABLE.test(value)) return null;
  const quote = /^["']/.test(value) ? value[0]! : '';
  const inner = quote ? value.slice(1, -1) : value;
  if (!inner) return null;
  if (split) {
    const at = split.exec(inner);
    if (!at) return null;
    const user = inner.slice(0, at.index);
    if (VARIABLE.test(inner.slice(at.index + 1))) return null;
    return `${quote}${user ? accountPlaceholder(c, user) : ''}${at[0]}${simple(c, 'secret', inner.slice(at.index + 1))}${quote}`;
  }
  return `${quote}${simple(c, 'secret', inner)}${quote}`;
}

/** Secret flags on command lines, and .netrc passwords. */
export const COMMAND_LINE_RULE: RedactionRule = {
  rare: true,
  category: 'secret',
  profiles: ALL,
  // From a '-' that starts a word (a date's or a name's '-' fails the check behind it at once), or
  // from the 'w' of "password"/"passwd" (.netrc, and a quoted value after the bare word).
  pattern:
    `-(?<=(?:^|[\\s"'(=])-)(?:-([\\w-]*?)(${LONG_SECRET}|${LONG_USER})(?=([ \\t]+|=)(?!-)${VALUE})|([A-Za-z])(?=([ \\t]*)(?![-\\s])${VALUE}))` +
    `|w(?<=(?<![A-Za-z0-9_-])passw)(?:or)?d(?=([ \\t]+)(?![:=])${VALUE})`,
  replace: (c) => {
    // Only the flag is matched; the value is looked at ahead and taken when it is replaced, so a
    // flag that is not a password here (ssh -p 2222) leaves its value to the other rules.
    const take = (separator: string, value: string, split: RegExp | null): string | null => {
      const replaced = secretValue(c, value, split);
      if (replaced === null) return null;
      c.coverAfter(separator.length + value.length);
      return `${c.group(0)}${separator}${replaced}`;
    };
    if (c.group(2) !== undefined) {
      const user = c.group(2) === 'user' || c.group(2) === 'proxy-user';
      return take(c.group(3)!, c.group(4)!, user ? /:/ : null);
    }
    if (c.group(5) !== undefined) {
      const letter = c.group(5)!;
      const tool = toolBefore(c);
      if (tool === null || !PASSWORD_FLAGS[tool]!.includes(letter)) return null;
      return take(c.group(6)!, c.group(7)!, tool === 'curl' ? /:/ : letter === 'U' ? /%/ : null);
    }
    // "password VALUE": quoted anywhere (password "x", as config DSLs and scripts write it), bare
    // only on a .netrc line (machine/default/login before it).
    const value = c.group(9)!;
    if (!/^["']/.test(value)) {
      const before = c.textBefore(300);
      if (!/(?:^|\s)(?:machine|default|login)\s/.test(before.slice(before.lastIndexOf('\n') + 1))) return null;
    }
    return take(c.group(8)!, value, null);
  },
};
