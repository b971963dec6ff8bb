/**
 * SIP accounts in phone configs under keys the key rule does not know by name: Polycom's
 * reg.1.address (2101, 2101@pbx.example.net), Snom's user_name1!: / user_pname1$: (and the
 * account's password, user_pass1!:), and camelCase account keys
 * (sipUserName, SIPUserName, AuthUserName, SIPAccount_AuthUserName, Obihai's SP1 AuthUserName).
 * The account becomes its SIP placeholder (a phone number keeps its phone placeholder), the
 * registrar's host stays. Each is a branch after a letter rare in logs (first-letter-rule.ts: the
 * 'u' of user_name1, the 'U' of UserName, the 'g' of Polycom's "reg"), joined with the account
 * words' branches in joined-letter-rules.ts. (AudioCodes' voip/line/0/id= was left out: a branch
 * after '/' cost the rare pass 1.2 ms per 8 MB; its auth_name is a key the key rule knows.)
 */
import { sipAccountPlaceholder } from '../sip-account-placeholder.js';
import { NO_ONE } from './identity.js';
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

/** Values that stand for no account (template variables, flags). */
const NOT_AN_ACCOUNT = /^(?:true|false|null|none|undefined|0|\$.*|%.*%|\{.*\})$/i;

/** The account's placeholder (user@host keeps the host), or null when the value names no account. */
function accountValue(c: MatchContext, value: string): string | null {
  const at = value.indexOf('@');
  const user = at < 0 ? value : value.slice(0, at);
  if (!user || NO_ONE.test(user) || NOT_AN_ACCOUNT.test(user)) return null;
  return `${sipAccountPlaceholder(c.placeholders, user)}${at < 0 ? '' : value.slice(at)}`;
}

/** The match, the key's text ahead (group `first`) and the value (group `valueGroup`) replaced by `placeholder`. */
function replaceAhead(c: MatchContext, first: number, placeholder: (value: string) => string | null, valueGroup = first + 1): string | null {
  const key = c.group(first)!;
  const value = c.group(valueGroup)!.trimEnd();
  const replacement = value ? placeholder(value) : null;
  if (replacement === null) return null;
  c.coverAfter(key.length + value.length);
  return `${c.group(0)}${key}${replacement}`;
}

/** Polycom's reg.N.address after the 'g' of "reg" (first-letter-rule.ts): a first letter the account words use too. */
export const POLYCOM_ADDRESS_BRANCH: LetterBranch = {
  source: `(\\.(?<=(?<![A-Za-z0-9_])reg\\.)\\d{1,3}\\.address["']?[ \\t]*[=:][ \\t]*["']?)([^\\s"'<>,;]*)`,
  replace: (c) => (c.profile === 'minimal' ? null : replaceAhead(c, 1, (value) => accountValue(c, value))),
};

/**
 * After the 'u' that starts a word (first-letter-rule.ts): Snom's settings dump (user_name1!:,
 * user_pname1$:, and user_pass1!:, a secret in every profile; the '!' or '$' after the line number
 * is the setting's permission flag).
 */
export const SIP_KEY_BRANCHES_AT_START: readonly LetterBranch[] = [
  {
    source: `(ser_(name|pname|pass)\\d{1,2}[!$]:(?<![A-Za-z0-9_]user_[a-z]{4,5}\\d{1,2}[!$]:)[ \\t]*)([^\\r\\n]*)`,
    replace: (c) => {
      if (c.group(2) === 'pass') return replaceAhead(c, 1, (value) => simple(c, 'secret', value), 3);
      return c.profile === 'minimal' ? null : replaceAhead(c, 1, (value) => accountValue(c, value), 3);
    },
  },
];

/** After the 'U' of a "UserName" key glued to a word: sipUserName, AuthUserName, SIPAccount_AuthUserName, Obihai's SP1 AuthUserName. */
export const USER_NAME_KEY_BRANCH: LetterBranch = {
  source: `(ser[Nn]ame["']?[ \\t]*[:=][ \\t]*["']?)([^\\s"'<>,;&{}@]+)(?![^\\s"'<>,;&{}]*@)`,
  replace: (c) => (c.profile === 'minimal' ? null : replaceAhead(c, 1, (value) => accountValue(c, value))),
};
