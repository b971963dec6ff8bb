/**
 * Credentials in network devices' configurations, where a space, not ':' or '=', stands between
 * the word and the value, and a type number or ENC may come first: Cisco IOS/ASA (`enable secret 9
 * $9$...`, `username admin privilege 15 password 7 0822455D0A16`, ` password 0 Telnet#2020` under
 * `line vty`, `radius-server key 7 ...`, `ikev1 pre-shared-key ...`, `key-string ...`), FortiOS
 * (`set password ENC SH2...`, `set psksecret ENC ...`) and Junos (`authentication-key "..."`). The
 * value goes as a secret; the word, the type number (7 says Cisco's reversible encoding, 9 scrypt)
 * and ENC stay.
 *
 * Read only in files whose first 16 KiB look like such a configuration (a `!` line, `config
 * system`, an indented `set` line, `hostname` at a line's start): words like "password 7 days" in a
 * log stay, and a log's pieces cost no search (a mark searched in every piece cost ~5 ms per 8 MB).
 */
import { simplePlaceholder } from './typed-placeholders.js';
import type { PlaceholderIssuer } from './placeholders.js';

/** A sign that a piece holds a device configuration. */
const CONFIG_MARK = /(?:^|\n)(?:!\r?\n|config system |hostname \S+\r?\n|[ \t]+set [a-z][a-z0-9-]* \S)/;

/**
 * A credential line: the word (and what may lead it on its line), an optional type number or ENC,
 * then the value (group 2, 4 or 6; quoted or not).
 */
const CREDENTIAL_LINE = new RegExp(
  [
    // IOS: [enable | username X [privilege N]] password|secret [type] value
    '^([ \\t]*(?:(?:enable|username[ \\t]+\\S+(?:[ \\t]+privilege[ \\t]+\\d+)?)[ \\t]+)?(?:password|secret)[ \\t]+(?:\\d{1,2}[ \\t]+)?)("[^"\\r\\n]*"|\\S+)',
    // IOS/ASA/Junos keys: pre-shared keys, RADIUS/TACACS keys, key chains, authentication keys
    '^([ \\t]*(?:(?:ikev[12][ \\t]+)?(?:(?:local|remote)-authentication[ \\t]+)?pre-shared-key(?:[ \\t]+ascii-text)?|(?:radius|tacacs)-server[ \\t]+key|key-string|authentication-key|server-key|crypto[ \\t]+isakmp[ \\t]+key)[ \\t]+(?:\\d{1,2}[ \\t]+)?)("[^"\\r\\n]*"|\\S+)',
    // FortiOS and other set-style configs
    '^([ \\t]*set[ \\t]+(?:password\\d?|passwd|psksecret|secret|passphrase|sae-password|auth-password|priv-password|auth-pwd|priv-pwd|ppk-secret|key)[ \\t]+(?:ENC[ \\t]+)?)("[^"\\r\\n]*"|\\S+)',
  ].join('|'),
  'gm',
);

/** Values that are no secret: a placeholder already written, a variable, a word of the syntax. */
const NO_SECRET = /^(?:<[a-z][a-z0-9:+._-]*-\d+>|\$\{?[A-Za-z_]|""|\*+|unset|none|disable|enable)$/i;

/** How much of a stream's start says whether it is a configuration (as encoded-text.ts reads e-mail and calendar files). */
const START = 16 * 1024;

/** The credentials of one stream (one file) that is a device configuration, told from its first 16 KiB. */
export class DeviceConfigSecrets {
  private config = false;
  private seen = 0;

  constructor(private readonly placeholders: PlaceholderIssuer) {}

  /** Replaces the credentials in `text` (latin1 bytes of UTF-8, whole lines) when the stream is a configuration. */
  redact(text: string): { text: string; count: number } {
    if (this.seen < START) {
      this.config ||= CONFIG_MARK.test(text.slice(0, START - this.seen));
      this.seen += text.length;
    }
    return this.config ? redactDeviceConfigSecrets(text, this.placeholders) : { text, count: 0 };
  }
}

/** Replaces the credentials of a device configuration in `text` (latin1 bytes of UTF-8, whole lines). */
function redactDeviceConfigSecrets(text: string, placeholders: PlaceholderIssuer): { text: string; count: number } {
  let count = 0;
  const out = text.replace(CREDENTIAL_LINE, (line: string, ...groups: (string | undefined)[]) => {
    const at = [0, 2, 4].find((i) => groups[i] !== undefined)!;
    const lead = groups[at]!;
    const value = groups[at + 1]!;
    const quoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"');
    const inner = quoted ? value.slice(1, -1) : value;
    if (inner === '' || NO_SECRET.test(inner)) return line;
    count++;
    const placeholder = simplePlaceholder(placeholders, 'secret', inner);
    return `${lead}${quoted ? `"${placeholder}"` : placeholder}`;
  });
  return count === 0 ? { text, count: 0 } : { text: out, count };
}
