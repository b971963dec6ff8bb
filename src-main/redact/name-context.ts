/**
 * The words around a capitalised candidate that tell a person from a product: what follows a name
 * in prose (Réka can add it, Olusegun's desk phone, (Ilkka) after "car KFG-120"), the particles and
 * second surnames that continue it (Pieter de Boer, Ahmad bin Yusof, Anouk van der Meer-Visser),
 * and what marks a product instead (Mozilla Thunderbird 128.5.1, Mozilla/5.0, a User-Agent or
 * Server header's value). Text is latin1 bytes of UTF-8, as the rules see it.
 */

/** Lower-case particles inside a name (van der, de la, dos, bin, ibn). */
const PARTICLES = 'van|von|der|den|de|del|della|dela|di|da|du|la|le|los|las|dos|das|do|ter|ten|bin|binti|bint|ibn|al|el|ben|af|zu|y|e';
/** Arabic article or kinship word joined to the next part by a hyphen (al-Rashid, bin-Laden is rare; Abd-Allah). */
const JOINED_PARTICLES = 'al|el|ad|ar|as|ash|at|az|abu|abd|ben|bin|ould';

/**
 * The continuation of a name after its last capitalised word: particles then a capitalised word,
 * repeated (de Boer, van der Meer-Visser, bin Yusof, al-Rashid). `word` is the name rule's
 * capitalised-word source; the result's source matches from the name's end.
 */
export function nameTailPattern(word: string): RegExp {
  return new RegExp(`^(?:[ ](?:(?:${PARTICLES})[ ]){1,3}${word}|[ ](?:${JOINED_PARTICLES})-${word})+(?![A-Za-z0-9_\\x80-\\xff])`);
}

/** Verbs and modals after a first name that say a person does something (Réka can add it, Femke said). */
const PERSON_VERB_AFTER = new RegExp(
  // Not is, has, uses, works: a product does those too (Lua is, Redis has).
  `^[ ](?:${'can|could|will|would|should|might|must|says|said|asked|asks|wants|wanted|needs|needed|told|tells|reported|mentioned|' +
    'called|rang|added|changed|checked|tried|thinks|thought|knows|knew|replied|wrote|confirmed|noticed|and I|and me|' +
    'restarted|rebooted|moved|left|joined|approved|agreed|forgot|cannot|can\'t|won\'t|doesn\'t|didn\'t|' +
    'hears|heard|sits|tested|complains|complained'})(?![A-Za-z])`,
);

/** True when the text right after a single first name is a verb a person does (Réka can, Femke said). */
export function personVerbAfter(after: string): boolean {
  return PERSON_VERB_AFTER.test(after);
}

/** Things a person has: after "Name's" they say the name is a person's (Olusegun's desk phone, Thuy's home router). */
const PERSONAL_OBJECT_AFTER = new RegExp(
  `^(?:${'desk|home|mobile|cell|cellphone|personal|private|own|car|house|flat|apartment|wife|husband|partner|mum|mom|mother|dad|father|son|daughter|kids|' +
    'children|family|brother|sister|office|work|extension|ext|number|phone|voicemail|headset|headphones|computer|laptop|notebook|tablet|account|email|' +
    'e-mail|mailbox|line|router|wifi|wi-fi|network|device|devices|machine|pc|mac|iphone|ipad|macbook|android|team|manager|boss|colleague|assistant|' +
    'direct|calls|call|number|name|login|password|profile|setup|issue|problem|ticket|request|side|place|room|seat|printer|monitor|webcam|camera|dock'})(?![A-Za-z])`,
);

/** True when the words after "Name's " name a person's belongings (desk phone, home router, laptop). */
export function personalObjectAfter(after: string): boolean {
  return PERSONAL_OBJECT_AFTER.test(after);
}

/** Words before "(Name)" that make the bracket a person's name (Mum (Sari), car KFG-120 (Ilkka), mobile (Juha)). */
const PERSONAL_LABEL_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(?:${'mum|mom|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|aunt|uncle|grandma|grandpa|friend|neighbour|neighbor|' +
    'landlord|nanny|babysitter|boss|colleague|car|home|mobile|cell|private|personal|work|office|desk|owner|contact|caller|user|employee|tenant|guest|driver|' +
    'doctor|dentist|school|teacher'})(?:[ ][^\\n()]{0,24})?[ ]?\\($`,
  'i',
);

/** True when the text before a "(" that opens a candidate labels a person (Mum (, car KFG-120 (). */
export function personalLabelBefore(before: string): boolean {
  return PERSONAL_LABEL_BEFORE.test(before);
}

/** After a candidate: a version (Thunderbird 128.5.1, Mediant 800, Studio X50), or a product token (Mozilla/5.0). */
// A bare number (Lena Fischer 4711) may be the person's extension: only a dotted version or a
// letter-led model number counts.
const VERSION_AFTER = /^(?:\/v?[0-9]|[ ](?:v|V|version |Version )?\d+(?:\.\d+)+|[ ][A-Z]{1,3}\d{1,4}(?![A-Za-z0-9@.:-]))/;

/** True when a product's version or model follows the candidate (Thunderbird 128.5.1, Mediant 800, Mozilla/5.0). */
export function versionAfter(after: string): boolean {
  return VERSION_AFTER.test(after);
}

/** A header whose value names software or hardware (User-Agent:, Server:, X-Mailer:), before the candidate on its line. */
const PRODUCT_HEADER_BEFORE = /(?:^|[^A-Za-z-])(?:user[-_ ]?agent|server|x-mailer|mailer|via|product|model|vendor|manufacturer|firmware|software|browser|platform|os)["']?[ \t]*[:=][ \t]*["']?[^\n]{0,120}$/i;

/** True when the candidate sits in a User-Agent, Server or X-Mailer value (Mozilla Thunderbird, AudioCodes Mediant). */
export function productHeaderBefore(before: string): boolean {
  return PRODUCT_HEADER_BEFORE.test(before);
}

/** A line's start (spaces allowed) right before the candidate. */
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
/** After a chat message's addressee: a dash, a colon or a comma, then the message (Chiamaka - can you check). */
const ADDRESSEE_AFTER = /^[ ]?(?:[,:]|[ ](?:-|\xe2\x80\x93|\xe2\x80\x94))[ ]/;

/** True when the candidate opens a line and a dash, colon or comma follows it: a chat message's addressee or speaker. */
export function addresseeAtLineStart(before: string, after: string): boolean {
  return LINE_START_BEFORE.test(before) && ADDRESSEE_AFTER.test(after);
}

/** A mention: '@' after a space, a bracket or the line's start (Confluence, Jira and Slack write the full name after it). */
const MENTION_BEFORE = /(?:^|[\s(\[,;:>])@$/;

/** True when the candidate follows a mention's '@' (not an address's: user@Example). */
export function mentionBefore(before: string): boolean {
  return MENTION_BEFORE.test(before);
}
