/**
 * Key context in XML elements, with or without a namespace prefix: <account.1.password>...</...>,
 * <ns2:Password>, <Password type="plain">. The element's
 * name decides as a key does in key=value (redaction-keys.ts): a secret, a name/value pair's value,
 * a version kept, a person, an account, a street address (also PIDF-LO's civic address elements
 * of an E911 location: <ca:HNO>, <ca:RD>, <ca:A3>, <ca:PC>) or a position (<gml:pos>).
 */
import { keyedValue, keyKind, saysSecret, secretKeyKind, SECRET_KEYS, tokenKeyValue, VERSION_VALUE } from '../redaction-keys.js';
import { ALL, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** PIDF-LO civic address elements (RFC 4119, RFC 5139) that place a person; country (<ca:country>) stays. */
const CIVIC_ADDRESS = /^(?:A[1-6]|PRD|POD|STS|HNO|HNS|LMK|LOC|FLR|NAM|PC|RD|RDSEC|RDBR|RDSUBBR|PRM|POM|PCN|POBOX|BLD|UNIT|ROOM|SEAT|ADDCODE)$/;
/** An element name ending in a secret key word (account.1.password, SipPassword, ns2:AuthToken). */
const SECRET_END = new RegExp(`(?:${SECRET_KEYS.join('|')})$`, 'i');
/** A secret name element just before a <value> element: <name>DB_PASSWORD</name><value>. */
const XML_NAME_BEFORE_VALUE = /<(?:[\w-]+:)?name>([A-Za-z0-9_.-]{1,64})<\/(?:[\w-]+:)?name>\s*<(?:[\w-]+:)?value(?:\s[^<>]*)?$/i;
/** A postal code or country element after a <state> (the order of address bodies): the state is the address's. */
const ADDRESS_ELEMENT_AFTER = /^[^]{0,200}?<(?:[\w-]+:)?(?:zip\w*|postal\w*|country\w*|PC)[\s>]/i;
/** An address element earlier in the same body (when nothing replaced since), so a <state> is the address's. */
const ADDRESS_ELEMENT_BEFORE = /<(?:[\w-]+:)?(?:city|street\w*|address\w*|zip\w*|postal\w*|A3|RD)[\s>]/i;

/** The element's content replaced (or kept whole, for a version) by what its name says, or null. */
/**
 * Grandstream's numbered settings (P-values of its provisioning templates) that hold an account's
 * credentials and names: the admin password (P2), per account the authenticate password (P34,
 * P406, P506, P606, ...), SIP user and authenticate ids (P35/P36, P404/P405, ...) and display
 * names (P3, P407, ...). Exact case: a lower-case p34 is no Grandstream setting.
 */
const GRANDSTREAM_KINDS = new Map<string, 'secret' | 'user' | 'name'>([
  ['P2', 'secret'], ['P34', 'secret'], ['P35', 'user'], ['P36', 'user'], ['P3', 'name'],
  ...[4, 5, 6, 7, 8, 9, 10, 11].flatMap((account) => [
    [`P${account}04`, 'user'], [`P${account}05`, 'user'], [`P${account}06`, 'secret'], [`P${account}07`, 'name'],
  ] as [string, 'secret' | 'user' | 'name'][]),
]);

/** An element name without its account index (Cisco's User_ID_1_, Password_2_; Snom's user_pass1). */
function withoutIndex(name: string): string {
  // Not A1..A6 of a civic address (PIDF-LO): an index follows a word of two letters or more.
  return name.replace(/(?<=[A-Za-z]{2})_?\d{1,2}_?$/, '');
}

function elementValue(c: MatchContext, fullName: string, content: string): string | null {
  const vendor = GRANDSTREAM_KINDS.get(fullName);
  if (vendor === 'secret') return simple(c, 'secret', content);
  if (vendor !== undefined) return c.profile === 'minimal' ? null : keyedValue(vendor, content, c.placeholders);
  const name = withoutIndex(fullName);
  const local = name.slice(name.lastIndexOf(':') + 1);
  const last = local.slice(local.lastIndexOf('.') + 1);
  if (secretKeyKind(last) === 'version' || /version$/i.test(local)) return VERSION_VALUE.test(content.trim()) ? content : null;
  if (SECRET_END.test(local) || saysSecret(local)) return simple(c, 'secret', content);
  if (secretKeyKind(last) === 'token') return tokenKeyValue(content) ? simple(c, 'secret', content) : null;
  if (/^value$/i.test(last)) {
    const pair = XML_NAME_BEFORE_VALUE.exec(c.textBefore(300));
    return pair && saysSecret(pair[1]!) ? simple(c, 'secret', content) : null;
  }
  if (c.profile === 'minimal') return null;
  if (CIVIC_ADDRESS.test(local)) return simple(c, local === 'PC' ? 'postal-code' : 'street-address', content);
  if (local === 'pos' && /^\s*-?\d{1,3}\.\d+[\s,]+-?\d{1,3}\.\d+\s*$/.test(content)) return simple(c, 'location', content.trim());
  if (/^state$/i.test(last)) return ADDRESS_ELEMENT_BEFORE.test(c.textBefore(600)) || ADDRESS_ELEMENT_AFTER.test(c.textAfter(0, 300)) ? keyedValue('address', content, c.placeholders) : null;
  const kind = keyKind(last) ?? keyKind(local);
  return kind === null ? null : keyedValue(kind, content, c.placeholders);
}

/** An XML element's text content, by the element's name (see the file's comment). */
export const XML_ELEMENT_RULE: RedactionRule = {
  rare: true,
  category: 'secret',
  profiles: ALL,
  // Found from the '>' that ends the start tag (rare in plain logs; in SIP headers the name check
  // behind it fails at the first '@' or ':'-less character), the name read behind it, the content
  // up to its end tag looked at ahead.
  pattern: `>(?<=<((?:[A-Za-z_][\\w-]*:)?[A-Za-z_][\\w.-]*)(?:[ \\t][^<>\\r\\n]*)?>)(?=([^<>\\r\\n]{1,400})</)`,
  replace: (c) => {
    const name = c.group(1)!;
    const content = c.group(2)!;
    if (c.textAfter(content.length, name.length + 3) !== `</${name}>` || !content.trim()) return null;
    const value = elementValue(c, name, content);
    if (value === null) return null;
    c.coverAfter(content.length);
    return `>${value}`;
  },
};
