/** Secrets found by their own shape or header: JWTs, Authorization values, OAuth codes in URLs. In every profile. */
import { caseVariants, escapeRegExp, suffixAlternation } from './regex-words.js';
import { ALL, simple, type RedactionRule } from './rule-types.js';
import { isBase64Credentials } from '../token-entropy.js';
import { GLUED_FORMATS, SEPARATED_FORMATS, TOKEN_BODY } from './token-formats.js';
import { DASHED_SECRETS_SOURCE, replaceDashedSecret } from './dashed-secrets.js';
import { replaceCodes } from './code-lists.js';

const JWT_HEAD = /[ey]/;

/** A JWT anywhere. */
export const JWT_RULE: RedactionRule = {
  category: 'jwt',
  profiles: ALL,
  rare: true,
  // Found from its 'J' ('e' is the commonest letter of text; every rule's first characters are tried
  // at every position), the "ey" before it checked behind and taken back into the match.
  pattern: 'J(?<=eyJ)[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*',
  replace: (c) => simple(c, 'jwt', c.takeBefore(JWT_HEAD, 2) + c.group(0)!),
};

/**
 * Authorization and Proxy-Authorization with any scheme but Digest (Bearer, Basic, NTLM,
 * Negotiate, AWS4-HMAC-SHA256, ...): the credentials after the scheme go, to the end of the value.
 * Digest's parts are handled by the key rule (username, response; realm and nonce stay). Also a
 * bare "Bearer <token>", and a bare "Basic <base64>" that decodes to user:password.
 */
export const AUTH_RULE: RedactionRule = {
  category: 'auth',
  profiles: ALL,
  // Found from its 'z' (rare in text; 'a' is common), "authori" checked behind it.
  pattern: `([zZ](?<=(?:authori|Authori|AUTHORI)[zZ])(?:ation|ATION)["']?\\s*[:=]\\s*["']?(?!${caseVariants(['digest'])})[A-Za-z][A-Za-z0-9_-]*[ \\t]+)([^\\s"'&][^\\r\\n"'&]*)|((?:Bearer|bearer)\\s+(?=[A-Za-z0-9._~+/-]{16}))([A-Za-z0-9._~+/=-]+)|((?:Basic|basic|BASIC)[ \\t]+)([A-Za-z0-9+/_-]{8,}={0,2})(?![A-Za-z0-9+/=])|(?:[Bb]ack[Uu]p|BACKUP)(?=[ _-]?(?:codes?|CODES?|Codes?|kody|c\\xc3\\xb3digos)(?![A-Za-z]))`,
  replace: (c) => {
    if (c.group(1) !== undefined) {
      // A scheme with auth-params (Hawk id="...", mac="..."; OAuth oauth_signature="..."): all of
      // them go, quoted values and JSON-escaped quotes included, not only the text up to a quote.
      const params = /^[\w-]+=\\?$/.test(c.group(2)!) ? AUTH_PARAMS.exec(c.textAfter(0, 4096))![0] : '';
      if (params) {
        c.coverAfter(params.length);
        return `${c.group(1)}${simple(c, 'auth', c.group(2)! + params)}`;
      }
      const credentials = c.group(2)!.replace(/[ \t]+$/, '');
      return `${c.group(1)}${simple(c, 'auth', credentials)}${c.group(2)!.slice(credentials.length)}`;
    }
    if (c.group(3) !== undefined) return `${c.group(3)}${simple(c, 'auth', c.group(4)!)}`;
    // "backup codes 18273-55021, 99310-44172" (no separator needed): from the 'b' this rule stops at already (code-lists.ts).
    if (c.group(5) === undefined) return replaceCodes(c, BACKUP_CODES_WORD.exec(c.textAfter(0, 16))![0]);
    // "Basic <base64>" after any key or in any value (proxy_header: Basic ..., an INI line): only when it decodes to user:password.
    return isBase64Credentials(c.group(6)!) ? `${c.group(5)}${simple(c, 'auth', c.group(6)!)}` : null;
  },
};

/** The rest of "backup codes" after "backup". */
const BACKUP_CODES_WORD = /^[ _-]?(?:codes?|CODES?|Codes?|kody|c\xc3\xb3digos)/;

/** The rest of an auth-param list after its first "name=": quoted values (also with JSON's \\"), then ", name=value" pairs. */
const AUTH_PARAMS = /^(?:"[^"\r\n]*"|\\?"(?:[^"\\\r\n]|\\[^"])*\\"|[^\s,"\\]*)(?:[ \t]*,[ \t]*[\w-]+=(?:"[^"\r\n]*"|\\"(?:[^"\\\r\n]|\\[^"])*\\"|[^\s,"\\]*))*/;

/**
 * A PEM private key block, every line of it: found from its BEGIN line (the body to its END line,
 * or to the end of the text when the block goes on in the next piece) or from its END line (the
 * body before it, when the block began in the previous piece). The BEGIN and END lines stay.
 */
export const PRIVATE_KEY_RULE: RedactionRule = {
  category: 'secret',
  profiles: ALL,
  rare: true,
  // OpenPGP's armour says "PRIVATE KEY BLOCK" (its header lines and checksum go with the body).
  pattern: '-----(?:BEGIN ([A-Z0-9 ]*)PRIVATE KEY( BLOCK)?-----([\\s\\S]*?)(?=-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$(?![\\s\\S]))|(?=END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----))',
  replace: (c) => {
    if (c.group(3) !== undefined) {
      const body = c.group(3)!;
      const head = `-----BEGIN ${c.group(1)}PRIVATE KEY${c.group(2) ?? ''}-----`;
      const lead = /^(?:\\[rn]|\s)*/.exec(body)![0];
      const trail = /(?:\\[rn]|\s)*$/.exec(body.slice(lead.length))![0];
      const key = body.slice(lead.length, body.length - trail.length);
      return key ? `${head}${lead}${simple(c, 'private-key', key)}${trail}` : null;
    }
    const body = c.takeBefore(PEM_BODY_CHAR);
    const key = body.replace(/^(?:\\[rn]|\s)+|(?:\\[rn]|\s)+$/g, '');
    return /[A-Za-z0-9+/]{16}/.test(key) ? body.replace(key, simple(c, 'private-key', key)) + '-----' : null;
  },
};

/** Characters of a PEM body (base64, line breaks, escaped line breaks of JSON). */
const PEM_BODY_CHAR = /[A-Za-z0-9+/=\s\\]/;

// Query parameters that carry a secret: presigned cloud URLs (S3, GCS, Azure SAS), OAuth 1's signature and verifier.
// Also the short keys of provisioning and device-management links (?k=, ?key=, &auth=, ?token=):
// in a URL they are access keys whatever their length, where "key=" in a log line may be anything.
const URL_SECRET_PARAMS = ['X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Security-Token', 'X-Goog-Credential', 'X-Goog-Signature', 'sig', 'signature', 'Signature', 'credential', 'oauth_signature', 'oauth_verifier',
  'k', 'key', 'auth', 'token', 'access_token', 'apikey', 'api_key', 'authkey', 'auth_key', 'accesskey', 'access_key'];
/** Values of those keys that hold nothing secret (?auth=none, &key=1). */
const NO_URL_SECRET = /^(?:true|false|none|null|undefined|on|off|yes|no|\d{1,2})$/i;

/** An OAuth code= in a query string, the secret parameters of presigned cloud URLs and the access keys of provisioning links. */
export const OAUTH_CODE_RULE: RedactionRule = {
  category: 'oauth-code',
  profiles: ALL,
  rare: true,
  // An OAuth code= in a query string, also URL-encoded inside another URL
  // (redirect_uri=zoommtg%3A%2F%2Fsso%3Fcode%3D...).
  pattern: `((?:[?&#]|%3[Ff]|%26|%23)code(?:=|%3[Dd]))([^\\s&#"'<>%]+)|([?&](?:${caseVariants(URL_SECRET_PARAMS)})=)([^\\s&#"'<>]+)`,
  replace: (c) => {
    if (c.group(1) !== undefined) return `${c.group(1)}${simple(c, 'oauth-code', c.group(2)!)}`;
    return NO_URL_SECRET.test(c.group(4)!) ? null : `${c.group(3)}${simple(c, 'secret', c.group(4)!)}`;
  },
};

const BASE64_CHAR = /[A-Za-z0-9+/=]/;

/** Separated prefixes by length, longest first: the one a token's text before its anchor ends with. */
const SEPARATED_BY_LENGTH = [...SEPARATED_FORMATS].sort((a, b) => b.prefix.length - a.prefix.length);
/** PuTTY's Private-Lines: the base64 lines that follow (to the next line that is not base64). */
const PUTTY_LINES = '(?:[A-Za-z0-9+/=]+[ \\t]*(?:\\r?\\n|$))+';

/**
 * Known token formats (token-formats.ts: the secretlint preset's catalogue and the kinds it lacks)
 * with any body, and the key material of PuTTY and X11 files. Found from the separator after a
 * prefix ('_' or '-'; the prefix checked behind it) or an upper-case 'A' or 'S' (AKIA..., AIza...,
 * AC<hex>, SK<hex>): the prefixes' first letters are among the commonest of logs, the separators
 * and upper-case letters are not. The prefix stays (it says which service), the body goes.
 * PuTTY: the lines after "Private-Lines: N" and the Private-MAC; X11: the cookie after
 * MIT-MAGIC-COOKIE-1 or XDM-AUTHORIZATION-1 (xauth list). Also SSH public keys and account SIDs
 * (dashed-secrets.ts), from the same upper-case 'A' and 'S'.
 */
export const TOKEN_RULE: RedactionRule = {
  rare: true,
  category: 'api-token',
  profiles: ALL,
  // The body is looked at ahead and taken only when it is one (a prefix-like word, "npm_config_cache",
  // leaves what follows it to the other rules).
  pattern:
    `[_-](?<=(?<![A-Za-z0-9])(?:${suffixAlternation(SEPARATED_FORMATS.map((f) => f.prefix))}))(?=(${TOKEN_BODY}))` +
    `|[AS](?<![A-Za-z0-9_][AS])(?=(${GLUED_FORMATS.map((f) => `(?<=${escapeRegExp(f.prefix[0]!)})${escapeRegExp(f.prefix.slice(1))}${f.body}`).join('|')})(?![A-Za-z0-9]))` +
    `|-(?<=(?:MIT-MAGIC-COOKIE|XDM-AUTHORIZATION)-)1[ \\t]+([0-9A-Fa-f]{8,})` +
    `|-(?<=Private-)(?:Lines:[ \\t]*\\d+[ \\t]*\\r?\\n(${PUTTY_LINES})|MAC:[ \\t]*([0-9A-Fa-f]{16,}))` +
    `|${DASHED_SECRETS_SOURCE}`,
  replace: (c) => {
    const body = c.group(1);
    if (body !== undefined) {
      const anchor = c.group(0)!;
      const format = SEPARATED_BY_LENGTH.find((f) => (c.textBefore(24) + anchor).endsWith(f.prefix));
      const token = body;
      if (!format || token.length < format.min) return null;
      c.coverAfter(token.length);
      return `${anchor}${simple(c, 'api-token', token)}`;
    }
    const glued = c.group(2);
    if (glued !== undefined) {
      const format = GLUED_FORMATS.find((f) => (c.group(0)! + glued).startsWith(f.prefix))!;
      const rest = (c.group(0)! + glued).slice(format.prefix.length);
      // An AWS-looking word ("ASIAPACIFIC") has no digit; a real id of 16 characters may have none.
      if (format.body.startsWith('[A-Z0-9]') && rest.length < 16 && !/\d/.test(rest)) return null;
      c.coverAfter(glued.length);
      return `${format.prefix}${simple(c, 'api-token', rest)}`;
    }
    if (c.group(7) !== undefined || c.group(10) !== undefined) return replaceDashedSecret(c, 5);
    if (c.group(3) !== undefined) return `-1${c.group(0)!.slice(2, c.group(0)!.length - c.group(3)!.length)}${simple(c, 'secret', c.group(3)!)}`;
    if (c.group(4) !== undefined) {
      const lines = c.group(4)!;
      const key = lines.replace(/\s+$/, '');
      return `${c.group(0)!.slice(0, c.group(0)!.length - lines.length)}${simple(c, 'private-key', key)}${lines.slice(key.length)}`;
    }
    return `${c.group(0)!.slice(0, c.group(0)!.length - c.group(5)!.length)}${simple(c, 'secret', c.group(5)!)}`;
  },
};

/**
 * Padded base64 anywhere that decodes to user:password (token-entropy.ts), found from its last '='.
 * Listed after the key rule: at a key's '=' ("username=\"...") the key rule goes first.
 */
export const BASE64_CREDENTIALS_RULE: RedactionRule = {
  category: 'auth',
  profiles: ALL,
  rare: true,
  pattern: '=(?<=[A-Za-z0-9+/]{6}={1,2})(?![A-Za-z0-9+/=])',
  replace: (c) => {
    const encoded = c.takeBefore(BASE64_CHAR, 344) + '=';
    return isBase64Credentials(encoded) ? simple(c, 'auth', encoded) : null;
  },
};
