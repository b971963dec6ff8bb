import { startsWithFeatureName } from './feature-names.js';
import { foldWord, isFirstName, isNotName, isSurname, isTechnical } from './name-lexicon.js';

/**
 * Keys whose value is a person (owner=, "assignee":, <cardholder>, caller_name:), found by reading
 * the text just before a value backwards: no regex runs over the text, so the name rules can ask
 * at every candidate for the price of a few character tests.
 */

/**
 * Key names that say "a person" (lower case, without '_', '-' and spaces: account_holder and
 * Account-Holder are one key). User names and ids are accounts, not people (redaction-keys.ts).
 */
const PERSON_KEYS = new Set(
  (
    'name fullname displayname realname firstname lastname givenname surname familyname middlename nickname ' +
    'owner ownername contact contactname holder cardholder accountholder cardholdername holdername accountname ' +
    'recipient recipientname sender sendername requester requestor requestername assignee assigneename agent agentname ' +
    'employee employeename patient patientname signer signername signedby attendee attendeename participant participantname ' +
    'callername calleename calleridname fromname toname peername remotename customer customername reporter author ' +
    'organizer organiser host speaker member manager supervisor approver approvedby createdby modifiedby updatedby ' +
    'submittedby reportedby assignedto technician person personname caller callee from to'
  )
    .split(' '),
);

/**
 * Keys of a role that a person or a thing may fill (a user account or a user's name, a device
 * driver or a delivery driver): only a full name counts, two or more capitalised words that are
 * no common or technical words ("user": "Grace Mwangi", "driver": "Kalani Akana"; "driver":
 * "Realtek Audio" and "user": "Call Queue" stay).
 */
const FULL_NAME_KEYS = new Set(
  (
    'user driver creator editor reviewer dispatcher representative rep salesrep advisor consultant handler closedby resolvedby ' +
    'escalatedby openedby ownedby lastmodifiedby requestedby assignedby sentby answeredby handledby accountmanager contactperson ' +
    'deviceowner pickedupby transferredby transferredto forwardedto'
  ).split(' '),
);
for (const key of FULL_NAME_KEYS) PERSON_KEYS.add(key);

/** Keys so general that a value under them must also look like a name (the "name" of a thread, a setting, a device). */
const GENERAL_KEYS = new Set(['name', 'contact', 'host', 'member', 'from', 'to', 'caller', 'callee', 'agent', 'manager', 'customer', 'speaker']);

/** What the text before a value says about it: the person key and how the value opens. */
export interface PersonKey {
  /** The key, folded (lower case, no separators). */
  key: string;
  /** The value's opening quote ('"', "'"), or '' when bare. */
  quote: string;
  /** The value is an XML element's content (<owner>...). */
  element: boolean;
  /** The key also names things that are not people: the value must look like a name. */
  general: boolean;
  /** The key names a role a thing may fill too: only a full name counts (FULL_NAME_KEYS). */
  fullName?: boolean;
}

function isKeyChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45;
}

/**
 * The person key that `before` ends in (key=, key: , "key": ", key="', <key>, <key attr="x">),
 * or null. Dotted keys count by their last part (account.1.owner_name).
 */
export function personKeyBefore(before: string): PersonKey | null {
  let i = before.length - 1;
  while (i >= 0 && (before[i] === ' ' || before[i] === '\t')) i--;
  let quote = '';
  if (before[i] === '"' || before[i] === "'") {
    quote = before[i]!;
    i--;
    // JSON inside a JSON string or a log line's quotes: {\"user\": \"Grace Mwangi\"}.
    if (before[i] === '\\') {
      quote = `\\${quote}`;
      i--;
    }
    while (i >= 0 && (before[i] === ' ' || before[i] === '\t')) i--;
  }
  const separator = before[i];
  const element = false;
  if (separator === '>') {
    // <owner> or <owner type="x">: back to the element's '<'.
    const open = before.lastIndexOf('<', i);
    if (open < 0 || before[open + 1] === '/' || i - open > 80) return null;
    const tag = /^<([A-Za-z_][\w.-]*)/.exec(before.slice(open, i));
    if (!tag) return null;
    return person(tag[1]!, quote, true);
  }
  if (separator !== ':' && separator !== '=') return null;
  i--;
  if (separator === '=' && (before[i] === '=' || before[i] === '!' || before[i] === '<' || before[i] === '>')) return null;
  while (i >= 0 && (before[i] === ' ' || before[i] === '\t')) i--;
  if (before[i] === '"' || before[i] === "'") i--;
  if (before[i] === '\\') i--;
  const end = i + 1;
  while (i >= 0 && isKeyChar(before.charCodeAt(i))) i--;
  // A key of two words (From Name:, Display Name =): the word before it too.
  let start = i + 1;
  if (before[i] === ' ' && i > 0 && isKeyChar(before.charCodeAt(i - 1))) {
    let j = i - 1;
    while (j >= 0 && isKeyChar(before.charCodeAt(j))) j--;
    const two = before.slice(j + 1, end);
    if (PERSON_KEYS.has(fold(two)) && (j < 0 || !isKeyChar(before.charCodeAt(j)))) start = j + 1;
  }
  if (start >= end) return null;
  return person(before.slice(start, end), quote, element);
}

function fold(key: string): string {
  return key.replace(/[_\- ]/g, '').toLowerCase();
}

function person(rawKey: string, quote: string, element: boolean): PersonKey | null {
  const last = rawKey.slice(rawKey.lastIndexOf('.') + 1);
  const key = fold(last);
  if (!PERSON_KEYS.has(key)) return null;
  return FULL_NAME_KEYS.has(key) ? { key, quote, element, general: true, fullName: true } : { key, quote, element, general: GENERAL_KEYS.has(key) };
}

/**
 * The value that starts at the beginning of `after` (UTF-8 as latin1 text): up to its closing
 * quote, the element's end, or for a bare value the end of the line, a delimiter, two spaces or the
 * next key=value.
 */
export function personValueAhead(after: string, key: PersonKey): string {
  if (key.quote !== '') {
    const end = after.indexOf(key.quote);
    const value = end < 0 ? after : after.slice(0, end);
    return /[\r\n]/.test(value) ? '' : value;
  }
  const bare = /^[^\r\n,;&|<>"\t=]*/.exec(after)![0];
  const cut = bare.search(/ {2}| [A-Za-z_][\w.-]*[ ]?[:=]|[ ]+$/);
  return key.element ? (after[bare.length] === '<' ? bare : '') : cut < 0 ? bare : bare.slice(0, cut);
}

/** A word of a name in any script: letters, with apostrophes, hyphens and an initial's dot inside or after. */
const NAME_TOKEN = /^[\p{L}\p{M}][\p{L}\p{M}'\u2019.\u00b7\u30fb-]*$/u;
/** Values under person keys that name no one. */
const NO_ONE = /^(?:anonymous|unknown|unavailable|restricted|private|withheld|invalid|none|null|nil|undefined|true|false|n\/a|na|system|admin|administrator|root|nobody|everyone|all|default|guest|me|self|you|unassigned|pending|tbd|auto|automatic|bot|helpdesk|servicedesk)$/i;

/**
 * True when a value under a person key is a person's name: one to six name words (Van der Berg,
 * O'Connell, Anne-Sophie, 山田 花子, Иван Петров, "Kowalczyk, Bartholomew"), no technical word
 * (Audio Device, Main Menu), and under a general key (name, contact) something more than one
 * common or lower-case word.
 */
export function isPersonValue(value: string, key: PersonKey): boolean {
  const text = value.trim();
  if (text.length < 2 || text.length > 80 || NO_ONE.test(text)) return false;
  const tokens = text.replace(/^([^,]+), /, '$1 ').split(/\s+/);
  if (tokens.length > 6 || !tokens.every((t) => NAME_TOKEN.test(t))) return false;
  // Agent Scorecard, Call Queue, IT Helpdesk: features and teams of the product, not people.
  if (startsWithFeatureName(text)) return false;
  const folded = tokens.map((t) => foldWord(t).replace(/[.'\u2019]+$/, ''));
  // A general key's value with any technical word is a thing (Audio Device); under a key that says
  // person only a value of nothing else is (Ji-woo Park, María de los Ángeles stay names).
  const technical = folded.filter((w) => isTechnical(w)).length;
  if (technical > 0 && (key.general || folded.every((w) => isTechnical(w) || isNotName(w)))) return false;
  const latin = /^[\p{Script=Latin}\p{M}'\u2019.\s,-]+$/u.test(text);
  if (!latin) return true;
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t));
  // CamelCase identifiers (CallQualityMonitor) are no names; initials (J.) are.
  if (tokens.some((t) => /\p{Ll}\p{Lu}/u.test(t) && !/^(?:Mc|Mac|O'|D')/.test(t))) return false;
  const allCommon = folded.every((w) => isNotName(w));
  if (key.fullName) return isFullName(tokens, folded, capitalised.length);
  if (key.general) return capitalised.length > 0 && !allCommon;
  // Tier Two, Night Shift: words of a team or a state, not a person's.
  return !(allCommon && (tokens.length > 1 || capitalised.length === 0));
}

/** Lower-case words inside a full name (María de los Ángeles, Ludwig van Beethoven, Ahmed bin Said). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'los', 'las', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'e']);

/**
 * True when Latin words are a person's full name: two to five words, each capitalised (or a
 * particle), none technical, and a common word only beside a known first name or surname (Grace
 * Mwangi; not Tier Two, Cirrus Logic, Help Desk).
 */
function isFullName(tokens: readonly string[], folded: readonly string[], capitalised: number): boolean {
  if (tokens.length < 2 || tokens.length > 5 || capitalised < 2) return false;
  if (!tokens.every((t, i) => /^\p{Lu}/u.test(t) || PARTICLES.has(folded[i]!))) return false;
  if (folded.some((w) => isTechnical(w))) return false;
  const common = folded.filter((w) => !PARTICLES.has(w) && isNotName(w)).length;
  return common === 0 || (folded.some((w) => isFirstName(w) || isSurname(w)) && common < tokens.length - 1);
}
