/**
 * Key context in XML elements, with or without a namespace prefix: <account.1.password>...</...>,
 * <ns2:Password>, <Password type="plain">. The element's
 * name decides as a key does in key=value (redaction-keys.ts): a secret, a name/value pair's value,
 * a version kept, a person, an account, a street address (also PIDF-LO's civic address elements
 * of an E911 location: <ca:HNO>, <ca:RD>, <ca:A3>, <ca:PC>) or a position (<gml:pos>).
 */
import { keyedValue, keyKind, saysSecret, secretKeyKind, SECRET_KEYS, tokenKeyValue, VERSION_VALUE } from '../redaction-keys.js';
import { grandstreamKind } from '../grandstream-p-values.js';
import { PLIST_KEY, plistKeyOf } from './plist-keys.js';
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

/** An element name without its account index (Cisco's User_ID_1_, Password_2_; Snom's user_pass1). */
function withoutIndex(name: string): string {
  // Not A1..A6 of a civic address (PIDF-LO): an index follows a word of two letters or more.
  return name.replace(/(?<=[A-Za-z]{2})_?\d{1,2}_?$/, '');
}

/** The element's content replaced (or kept whole, for a version) by what its name says, or null. */
function elementValue(c: MatchContext, element: string, content: string): string | null {
  // A plist's <key>SerialNumber</key><string>...: the key names the value (plist-keys.ts).
  const plist = plistKeyOf(element, c.textBefore(300), c.textAfter(content.length, 40));
  if (plist === PLIST_KEY) return null;
  const fullName = plist ?? element;
  const vendor = grandstreamKind(fullName);
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

/** A dotted host name (time.google.com), an IPv4 address or an IPv6 address: no one's name. */
const HOST_OR_IP = '(?:(?:[A-Za-z0-9-]+\\.)+(?:[A-Za-z]{2,63}|\\d{1,3})|\\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}\\]?)';

/** An XML element's text content, by the element's name (see the file's comment). */
export const XML_ELEMENT_RULE: RedactionRule = {
  rare: true,
  category: 'secret',
  profiles: ALL,
  // Found from the '>' that ends the start tag (rare in plain logs; in SIP headers the name check
  // behind it fails at the first '@' or ':'-less character), the name read behind it, the content
  // up to its end tag looked at ahead.
  // Also a <name> element that holds a host name or an IP (Cisco's <ntp><name>time.google.com</name>):
  // a server, not a person, so its start tag is taken here before the display-name rule
  // (identity.ts) reads it as one; the host or IP itself is left to the address rules.
  pattern: `>(?<=<((?:[A-Za-z_][\\w-]*:)?[A-Za-z_][\\w.-]*)(?:[ \\t][^<>\\r\\n]*)?>)(?=([^<>\\r\\n]{1,400})</)|<(?=name>${HOST_OR_IP}</name>)`,
  replace: (c) => {
    if (c.group(0) === '<') {
      c.coverAfter(5);
      return '<name>';
    }
    const name = c.group(1)!;
    const content = c.group(2)!;
    if (c.textAfter(content.length, name.length + 3) !== `</${name}>` || !content.trim()) return null;
    const value = elementValue(c, name, content);
    if (value === null) return null;
    c.coverAfter(content.length);
    return `>${value}`;
  },
};
