/**
 * Secrets on command lines and in .netrc: --password VALUE (and --token, --api-key, ...), the
 * one-letter flags that mean a password for the tool they follow (mysql -pSECRET, sshpass -p,
 * redis-cli -a, ldapsearch -w, zip -P, curl -u user:pass, smbclient -U user%pass), and a .netrc's
 * "machine HOST login USER password SECRET". A flag that means a port or a path for other tools
 * (ssh -p 2222) stays: the letter counts only after a tool that gives it that meaning.
 */
import { accountPlaceholder } from './account-names.js';
import { isRecoveryPassword } from './dashed-secrets.js';
import { ALL, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** The one-letter flags that take a password (or user:password) per tool. */
export const PASSWORD_FLAGS: Readonly<Record<string, string>> = {
  mysql: 'p', mysqldump: 'p', mysqladmin: 'p', mysqlimport: 'p', mysqlcheck: 'p', mysqlsh: 'p', mariadb: 'p', 'mariadb-dump': 'p',
  sshpass: 'p', 'redis-cli': 'a', ldapsearch: 'w', ldapmodify: 'w', ldapadd: 'w', ldapdelete: 'w', ldappasswd: 'ws', ldapwhoami: 'w',
  zip: 'P', unzip: 'P', '7z': 'p', '7za': 'p', sqlcmd: 'P', bcp: 'P', osql: 'P', isql: 'P', mongo: 'p', mongosh: 'p', mongodump: 'p', mongorestore: 'p',
  ipmitool: 'P', curl: 'uU', smbclient: 'U', rpcclient: 'U', wget: '', htpasswd: 'b', openssl: 'k',
  // docker login -p (and podman, nerdctl, buildah, oras, helm registry login): checked in loginTool.
  login: 'p',
  // Commands that wrappers run (sshpass -p SECRET ssh -p 2222 host): their flags are their own.
  ssh: '', scp: '', sftp: '', rsync: '',
};

/** The tools whose "login" subcommand takes -p PASSWORD (docker run -p is a port, so only after "login"). */
const REGISTRY_LOGIN = /(?:^|[\s/\\|;&(])(?:docker|podman|nerdctl|buildah|oras|skopeo|registry)(?:\.exe)?[ \t]+login[ \t]/;
const TOOL_BEFORE = new RegExp(`(?:^|[\\s/\\\\|;&(])(${Object.keys(PASSWORD_FLAGS).map((t) => t.replace(/[-.]/g, '\\$&')).join('|')})(?:\\.exe)?[ \\t](?![^\\r\\n]*[|;&][ \\t]*[A-Za-z])`, 'g');

/** Long flags whose value is a secret ("--password x", "--db-password=x", "--client-secret x"). */
const LONG_SECRET = 'password|passwd|pass|token|secret|api-key|apikey|access-key|secret-key|client-secret|auth-token|pin|passphrase';
/** Long flags whose value is user:password (curl --user, --proxy-user; wget's own flags are above). */
const LONG_USER = 'user|proxy-user';
const VALUE = `("[^"\\r\\n]*"|'[^'\\r\\n]*'|[^\\s"'|;&]+)`;
const VARIABLE = /^["']?(?:\$\{?\w+\}?|%\w+%)["']?$/;

/** The text before the match on its line, as written (an earlier flag's value may have been replaced: mysql -u USER -pSECRET). */
function lineBefore(c: MatchContext): string {
  const before = c.contextBefore(300);
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * htpasswd -b[cBmsp...] FILE USER PASSWORD (or -nb USER PASSWORD): the password is a positional
 * word, not the flag's value. The user goes too, except in minimal.
 */
function replaceHtpasswd(c: MatchContext): string | null {
  const after = c.textAfter(0, 400);
  const flags = c.group(5)! + /^[A-Za-z]*/.exec(after)![0];
  if (!flags.includes('b')) return null;
  const rest = after.slice(flags.length - 1);
  const words = /^((?:[ \t]+-[A-Za-z]+)*)((?:[ \t]+(?:"[^"\r\n]*"|'[^'\r\n]*'|[^\s"'|;&]+)){2,3})/.exec(rest);
  if (!words) return null;
  const parts = [...words[2]!.matchAll(/([ \t]+)("[^"\r\n]*"|'[^'\r\n]*'|[^\s"'|;&]+)/g)];
  const needed = flags.includes('n') ? 2 : 3;
  if (parts.length < needed) return null;
  const used = parts.slice(0, needed);
  const secret = secretValue(c, used[needed - 1]![2]!, null);
  if (secret === null) return null;
  const user = used[needed - 2]![2]!;
  const userText = c.profile === 'minimal' || VARIABLE.test(user) ? user : accountPlaceholder(c, user.replace(/^["']|["']$/g, ''));
  const head = used.slice(0, needed - 2).map((m) => m[0]).join('');
  const text = `${flags.slice(1)}${words[1]}${head}${used[needed - 2]![1]}${userText}${used[needed - 1]![1]}${secret}`;
  c.coverAfter(flags.length - 1 + words[1]!.length + used.reduce((n, m) => n + m[0].length, 0));
  return `${c.group(0)}${text}`;
}

/** The tool a one-letter flag belongs to: the last tool word before it on its line, in this command. */
function toolBefore(c: MatchContext): string | null {
  const line = lineBefore(c);
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

/** "is", "ist", "lautet", "est", "es", "was", "é" (latin1 bytes of UTF-8) and a colon between a password word and its value. */
const PROSE_LINK = /^([ \t]+(?:(?:is|ist|lautet|est|es|was|war|\u00c3\u00a9|is now|ist jetzt|will be|set to)[ \t]*:?|:)[ \t]*)(["']?)([^\s"']{4,64})\2/i;
/** Words that say what state a password is in, not what it is ("password is incorrect"). */
const NOT_A_PASSWORD = /^(?:incorrect|invalid|expired|required|wrong|empty|missing|blank|correct|valid|set|unset|not|too|being|reset|changed|null|none|undefined|locked|ok|okay|falsch|abgelaufen|erforderlich|leer|ung\u00c3\u00bcltig|incorrecto|incorrect|requis|expir\u00c3\u00a9)\W*$/i;

/** A password stated in a sentence after its word, or null. */
function replaceProse(c: MatchContext): string | null {
  const prose = PROSE_LINK.exec(c.textAfter(0, 120));
  if (!prose) return null;
  // Strip a sentence's trailing punctuation; what remains must not be a plain lower-case word.
  const value = prose[3]!.replace(/[.,;:!?)]+$/, '');
  if (value.length < 4 || NOT_A_PASSWORD.test(value) || VARIABLE.test(value) || /^[a-z]+$/.test(value)) return null;
  c.coverAfter(prose[1]!.length + prose[2]!.length + value.length);
  return `${c.group(0)}${prose[1]}${prose[2]}${simple(c, 'secret', value)}`;
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
    `|w(?<=(?<![A-Za-z0-9_-])(?:[Pp]ass|PASS|[Kk]enn|KENN|[Ww]acht|WACHT)w)(?:or[dt]|OR[DT]|d|oord|OORD)(?=([ \\t]+)(?![:=])${VALUE})` +
    // SNMP community strings: Cisco's "snmp-server community X RO", net-snmp's "rocommunity X".
    `|y(?<=(?<![\\w-])(?:snmp-server[ \\t]+|[rR][oOwW])communit[y])(?=([ \\t]+)([^\\s"']+))` +
    // A BitLocker recovery key after its name ("BitLocker recovery key 418209-...").
    `|y(?<=(?:[Rr]ecovery [Kk]e|RECOVERY KE)y)(?=([ \\t]*:?[ \\t]*)(\\d{6}(?:-\\d{6}){7})(?![\\w-]))` +
    // manage-bde -protectors -get: "Password:" alone on its line, the recovery key on the next.
    `|w(?<=(?<![A-Za-z0-9_-])[Pp]assw)ord(?=(:[ \\t]*\\r?\\n[ \\t]*)(\\d{6}(?:-\\d{6}){7})(?![\\w-]))`,
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
      if (tool === 'htpasswd') return replaceHtpasswd(c);
      if (tool === null || !PASSWORD_FLAGS[tool]!.includes(letter)) return null;
      if (tool === 'login' && !REGISTRY_LOGIN.test(lineBefore(c))) return null;
      return take(c.group(6)!, c.group(7)!, tool === 'curl' ? /:/ : letter === 'U' ? /%/ : null);
    }
    if (c.group(10) !== undefined) return take(c.group(10)!, c.group(11)!, null);
    const recovery = c.group(12) !== undefined ? 12 : c.group(14) !== undefined ? 14 : 0;
    if (recovery) {
      const key = c.group(recovery + 1)!;
      if (!isRecoveryPassword(key.split('-'))) return null;
      c.coverAfter(c.group(recovery)!.length + key.length);
      return `${c.group(0)}${c.group(recovery)}${simple(c, 'recovery-key', key)}`;
    }
    // "password VALUE": quoted anywhere (password "x", as config DSLs and scripts write it), bare
    // on a .netrc line (machine/default/login before it) or in a sentence that says what it is
    // ("the password is Hunter2x", "Das Passwort ist Geheim#2024", "Kennwort: ...").
    const value = c.group(9)!;
    if (!/^["']/.test(value)) {
      if (!/(?:^|\s)(?:machine|default|login)\s/.test(lineBefore(c))) return replaceProse(c);
    }
    return take(c.group(8)!, value, null);
  },
};
