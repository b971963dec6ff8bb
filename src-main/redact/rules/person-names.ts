/**
 * People's names where no key announces them: in message text (Call from Lena Fischer dropped,
 * transferred to Ramón Ortega, Hi Priya,), in lists (Fischer, Lena), as possessives in device and
 * host names (Lena's MacBook Pro, LENAS-IPHONE, lenas-macbook-pro), in upper case (LENA FISCHER),
 * joined (LenaFischer), with diacritics kept, stripped or escaped (Ram\u00f3n, Ram&oacute;n).
 *
 * How: the regex finds only capitalised word pairs, possessives before a device word, and single
 * capitalised words after a trigger (call from, transferred to, Hi, Dear, ...): that is the cheap
 * prefilter, in the scan's common pass. Each candidate is then judged with compromise's lexicon of
 * first names and surnames and its common vocabulary, plus a technical vocabulary
 * (name-lexicon.ts): a pair needs a known first name or surname and no word that is a common or
 * technical word (Audio Device, Call Quality, Bad Request stay); a strong trigger needs only words
 * that are not technical. compromise's tagger itself (~185 us a line, 1.4 s to load) is not run.
 */
import { TECHNICAL_WORDS, foldWord, isEnglishName, isFirstName, isNotName, isSurname, isTechnical } from '../name-lexicon.js';
import { isPersonValue, personKeyBefore, personValueAhead, type PersonKey } from '../person-keys.js';
import { startsWithPlace } from '../place-names.js';
import { startsWithFeatureName } from '../feature-names.js';
import { CLOSING_TRIGGERS, inSignature, isClosingWord } from '../sign-offs.js';
import { PRODUCT_WORDS } from '../product-words.js';
import { addresseeAtLineStart, mentionBefore, nameTailPattern, personalLabelBefore, personalObjectAfter, personVerbAfter, productHeaderBefore, versionAfter } from '../name-context.js';
import { captureCount } from '../capture-groups.js';
import { keyAlternation, prefixAlternation } from './regex-words.js';
import { SCRIPT_NAME_PATTERN, replaceScriptName } from './script-names.js';
import { STANDARD, simple, type MatchContext, type RedactionRule } from './rule-types.js';

// A capitalised word as latin1 bytes of UTF-8: an ASCII capital or an accented one (À-Þ; Latin
// Extended-A's Ā-ž: Đ, Č, Ł, Ő, Ş, Š, Ž, İ; Vietnamese Ơ, Ư), then lower-case letters, accented
// letters (Vietnamese ễ, ọ: \xe1\xba-\xbb), \u00e9 JSON escapes or &eacute; references.
// Latin Extended-A alternates capital and small letters (Ā ā ... Ķ ķ, then Ĺ ĺ ... Ň ň, Ŋ ŋ ... Ŷ ŷ, Ÿ Ź ź Ż ż Ž ž):
// only the capitals start a word (đ of "Tuấn, điện" starts none).
const START = '(?:[A-Z]|\\xc3[\\x80-\\x9e]|\\xc4[\\x80\\x82\\x84\\x86\\x88\\x8a\\x8c\\x8e\\x90\\x92\\x94\\x96\\x98\\x9a\\x9c\\x9e\\xa0\\xa2\\xa4\\xa6\\xa8\\xaa\\xac\\xae\\xb0\\xb2\\xb4\\xb6\\xb9\\xbb\\xbd\\xbf]' +
  '|\\xc5[\\x81\\x83\\x85\\x87\\x8a\\x8c\\x8e\\x90\\x92\\x94\\x96\\x98\\x9a\\x9c\\x9e\\xa0\\xa2\\xa4\\xa6\\xa8\\xaa\\xac\\xae\\xb0\\xb2\\xb4\\xb6\\xb8\\xb9\\xbb\\xbd]|\\xc6[\\xa0\\xaf])';
const REST = '(?:[a-z\\x80-\\xbf\\xc3-\\xc6]|\\xe1[\\xba\\xbb]|\\\\u00[c-fC-F][0-9a-fA-F]|&[a-zA-Z](?:acute|grave|uml|circ|tilde|cedil|ring|slash|caron);|&szlig;)';
// A hyphenated second part may start small (Korean given names: Min-jun, Seo-yeon).
const WORD = `${START}${REST}+(?:-(?:${START})?${REST}+)?`;
const END = '(?![A-Za-z0-9_\\x80-\\xff])';
const DEVICES = 'MacBook|Macbook|iPhone|iPad|iMac|Mac|MBP|MBA|PC|Laptop|laptop|Desktop|desktop|Phone|phone|Galaxy|Pixel|Surface|ThinkPad|Chromebook|Computer|Notebook|Workstation|AirPods|Apple Watch|Zoom Room|Room';
const DEVICES_UPPER = 'IPHONE|IPAD|MACBOOK|MBP|MBA|IMAC|MAC|PC|LAPTOP|DESKTOP|PHONE|GALAXY|PIXEL|SURFACE|AIR|PRO|NB|WS';
const DEVICES_LOWER = 'macbook|iphone|ipad|imac|mac|mbp|mba|pc|laptop|desktop|phone|galaxy|pixel|air|pro';
/** Words before a name that say a person follows, strong enough for a name nobody's lexicon knows. */
const STRONG_WORDS = [
  'hi', 'hello', 'hey', 'dear', 'thanks', 'thank you', 'cheers', 'regards', 'call from', 'calls from', 'called from', 'call to', 'call with',
  'called by', 'calling', 'transferred to', 'transferred from', 'transfer to', 'transferring to', 'forwarded to', 'forwarded from',
  'forwarding to', 'voicemail from', 'voicemail for', 'message from', 'message to', 'missed call from', 'answered by', 'picked up by',
  'hung up by', 'assigned to', 'reassigned to', 'escalated to', 'caller', 'callee', 'contact', 'attn', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.',
  'dr', 'dr.', 'prof', 'prof.', 'agent', 'spoke to', 'spoke with', 'meeting with', 'chat with', 'owner', 'employee', 'customer',
  'reported by', 'submitted by', 'created by', 'participant', 'host', 'invitee', 'attendee', 'patient', 'name', 'name is', 'user name is',
  'signed in as', 'logged in as', 'opened by', 'assignee', 'assigned', 'requester', 'requested by', 'reporter', 'author', 'label',
  'owner name', 'registered owner', 'registered to', 'realname', 'real name', 'display name', 'displayname', 'user realname',
  'sent by', 'ticket from', 'ticket for', 'request from', 'case from', 'email from', 'text from', 'sms from', 'reply from', 'note from',
  'callback from', 'callback for', 'escalated by', 'closed by', 'resolved by', 'handled by', 'updated by', 'modified by',
  'approved by', 'reviewed by', 'owned by', 'delegated to', 'on behalf of', 'signed in', 'signed in by', 'logged in', 'raised by',
  'my name is', 'i am', 'this is', 'he is', 'she is', 'named', 'owner is', 'contact is', 'caller is', 'user is', 'last edited by', 'edited by', 'changed by', 'page owner', 'contact person',
  // Greetings (Hoi Femke, Dzień dobry Kasia, Merhaba Emre, Szia Réka, Chào anh Minh, Halo Pak Budi).
  'hoi', 'hallo', 'hej', 'hei', 'moi', 'terve', 'ciao', 'salve', 'buongiorno', 'bonjour', 'salut', 'hola', 'buenos días', 'buenas', 'buen día',
  'olá', 'oi', 'bom dia', 'boa tarde', 'cześć', 'dzień dobry', 'witam', 'merhaba', 'selam', 'szia', 'sziasztok', 'jó napot', 'ahoj',
  'dobrý den', 'god morgen', 'goedemorgen', 'goedemiddag', 'beste', 'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'geachte', 'caro',
  'cara', 'gentile', 'querido', 'querida', 'estimado', 'estimada', 'prezado', 'prezada', 'drogi', 'droga', 'szanowny', 'szanowna', 'sayın',
  'kedves', 'hyvä', 'chào', 'xin chào', 'chào anh', 'chào chị', 'anh', 'chị', 'halo', 'hai', 'pak', 'bu', 'bapak', 'ibu', 'kak', 'mas', 'mbak',
  'bonsoir', 'guten morgen', 'guten tag', 'moin', 'servus', 'grüß dich', 'tere', 'labas', 'sveiki', 'bok', 'zdravo', 'bună', 'salam', 'assalamualaikum',
  'γεια σου', 'γεια', 'αγαπητέ', 'αγαπητή',
];
/**
 * Roles a person is named after (our firewall admin Pieter de Boer, Account manager Lotte Jansen):
 * two or three words of no common word after one are a name, one word only when the lexicon knows
 * it (the IT-admin Homebrew cask is a product).
 */
const ROLE_WORDS = [
  'admin', 'administrator', 'sysadmin', 'manager', 'colleague', 'coworker', 'co-worker', 'technician', 'engineer', 'supervisor', 'team lead',
  'teamlead', 'boss', 'director', 'assistant', 'secretary', 'intern', 'consultant', 'representative', 'analyst', 'developer', 'specialist',
  'coordinator', 'receptionist', 'accountant', 'ceo', 'cto', 'cfo', 'coo', 'cio', 'ciso', 'vp', 'head of', 'they are', 'mention', 'mentioned',
  'ping', 'cc', 'bcc', 'colleague of', 'tenant', 'landlord', 'neighbour', 'neighbor', 'wife', 'husband', 'partner', 'dad', 'mum', 'mom',
];
/** Words before a name that only support one the lexicon knows. */
const WEAK_WORDS = ['from', 'to', 'by', 'with', 'for', 'and', 'of', 'is', 'was', 'ask', 'tell', 'told', 'asked', 'thank', 'call'];
// Words with letters beyond ASCII are looked for as the scan sees them (latin1 bytes of UTF-8).
// The closings of sign-offs.ts too, for a name on their own line (Groeten, Femke).
/** ASCII letters in lower case, other characters (latin1 bytes of UTF-8) as they are. */
const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
/**
 * The strong triggers, ASCII lower-cased, looked up by the last words before a candidate. A
 * lookbehind over the ~1 500 spellings (9 KB of regex source) took V8 ~150 ms to compile at every
 * process's first name candidate; a Set of the phrases costs nothing to build.
 */
const STRONG_PHRASES: ReadonlySet<string> = new Set(
  [...STRONG_WORDS.map((w) => Buffer.from(w, 'utf8').toString('latin1')), ...CLOSING_TRIGGERS].map(asciiLower),
);
/** The most spaces inside a strong trigger (mit freundlichen grüßen, last edited by). */
const STRONG_PHRASE_SPACES = Math.max(...[...STRONG_PHRASES].map((phrase) => phrase.split(' ').length - 1));
/** What ends a trigger before its value: a ',' or ':', then one or two spaces and a quote, or a key's separator (owner: , "name": "). */
const AFTER_TRIGGER_AT_END = /(?:[,:]?(?:[ ]{1,2}"?|["']?[ \t]*[:=>][ \t]*["']?))$/;

/** True when the text ends in a strong trigger and what follows one (call from , "owner": ", Groeten, ). */
function strongPhraseBefore(before: string): boolean {
  const separator = AFTER_TRIGGER_AT_END.exec(before.slice(-8));
  if (!separator) return false;
  const head = before.slice(0, before.length - separator[0].length);
  let start = head.length;
  for (let spaces = 0; spaces <= STRONG_PHRASE_SPACES; spaces++) {
    // The phrase's first word: back to a space or a character that is no letter of a word.
    start = spaces === 0 ? start : start - 1;
    while (start > 0 && head[start - 1] !== ' ' && /[A-Za-z.\x80-\xff'-]/.test(head[start - 1]!)) start--;
    // A key's own dots and dashes before the word are no part of it (account.1.label = ...).
    const lead = /^[.'-]*/.exec(head.slice(start))![0].length;
    const phrase = head.slice(start + lead);
    if (phrase && STRONG_PHRASES.has(asciiLower(phrase)) && (start + lead === 0 || !/[A-Za-z]/.test(head[start + lead - 1]!))) return true;
    if (start === 0 || head[start - 1] !== ' ') return false;
  }
  return false;
}
const WEAK_TRIGGER = keyAlternation(WEAK_WORDS);
// The trigger as a word in prose (call from Priya) or as a key in any syntax ("name": "Priya",
// label = Priya, reporter: Priya, <realname>Priya): what follows is the value.
const AFTER_TRIGGER = `(?:[ ]{1,2}"?|["']?[ \\t]*[:=>][ \\t]*["']?)`;
// Each is a lookbehind tried once, at the text's end (sticky, see endsIn): searched from every
// position of the text, the ~400 trigger spellings cost ~35 ms per 3 MB of prose. No 'i' flag:
// keyAlternation spells each word lower, Capitalised and UPPER already, and with the flag V8 took
// ~160 ms of every process's first name candidate to compile the closings' latin1 bytes.
const WEAK_BEFORE = new RegExp(`(?<=(?:^|[^A-Za-z])${WEAK_TRIGGER}[ ]{1,2}"?)`, 'y');
const ROLE_BEFORE = new RegExp(`(?<=(?:^|[^A-Za-z])(?:${keyAlternation(ROLE_WORDS)})[,:]?${AFTER_TRIGGER})`, 'y');

/** True when `text` ends in what the sticky lookbehind `pattern` looks for. */
function endsIn(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = text.length;
  return pattern.test(text);
}

/** The rest of a quoted display name up to its URI ("Marcus Webb" <sip:, &quot;Ola Nordmann&quot; &lt;sip:). */
const QUOTED_DISPLAY_NAME_AHEAD = /^[^"<>&\\\r\n]{0,80}(?:"|&quot;|&#34;|&#x22;|\\"|\\u0022)[ \t]*(?:<|&lt;|&#60;|&#x3[Cc];|\\u003[Cc])(?:sips?:|tel:|\+\d)/;

/**
 * A capitalised technical word (Client, Audio, Error, ...) followed by a space or the end of the
 * word: no candidate starts with one, so the regex drops the commonest capitalised pairs of logs
 * (Client Version, Audio Device) without a call to replace() (each call cost ~1.7 us).
 */
const TECHNICAL_START = `${prefixAlternation(TECHNICAL_WORDS.filter((w) => /^[a-z]/.test(w)).map((w) => w[0]!.toUpperCase() + w.slice(1)))}(?![A-Za-z\\x80-\\xff'\\xe2])`;

/** The technical words in upper case, each a whole word (SIP, HTTP, INFO). */
const TECHNICAL_UPPER_START = `${prefixAlternation(TECHNICAL_WORDS.filter((w) => /^[a-z]+$/.test(w)).map((w) => w.toUpperCase()))}(?![A-Za-z0-9_])`;

/** A capitalised trigger that a pair of words may start with (Hi Priya, Dear John Smith). */
// Greetings of other languages too (Hoi Femke, Szia Réka, Merhaba Emre), as decoded text; not the
// words that are also given names (Anh, Hải, Salam).
const LEADING_TRIGGER = new RegExp(
  '^(?:Hi|Hello|Hey|Dear|Thanks|Cheers|Attn|Mr|Mrs|Ms|Dr|Prof|Caller|Callee|Contact|Agent|Owner|Host|Customer|Employee|Participant|' +
    'Hoi|Hallo|Hej|Hei|Moi|Terve|Ciao|Salve|Buongiorno|Bonjour|Bonsoir|Salut|Hola|Buenas|Oi|Olá|Cześć|Witam|Merhaba|Selam|Szia|Ahoj|Beste|' +
    'Liebe|Lieber|Geachte|Cara|Gentile|Querido|Querida|Estimado|Estimada|Prezado|Prezada|Drogi|Droga|Szanowny|Szanowna|Sayın|Kedves|Hyvä|' +
    'Chào|Halo|Pak|Bapak|Ibu|Moin|Servus|Tere|Zdravo|Admin|Manager|Engineer|Technician|Colleague|Boss|Mum|Mom|Dad)$',
);

/**
 * A device word, its model and a word for "of" before a candidate: iPhone de María, Galaxy S23 di
 * Marco, Pixel 7 von Annika, MacBook Pro van Daan, iPad do João.
 */
/** Personal devices (a room or a desk phone belongs to no one: Zoom Room de Sala). */
const OWN_DEVICES = 'MacBook|Macbook|iPhone|iPad|iPod|iMac|Mac|MBP|MBA|PC|Laptop|laptop|Galaxy|Pixel|Surface|ThinkPad|Chromebook|AirPods|Apple Watch|Redmi|Xiaomi|Huawei|Moto|Handy|Tablet|Smartphone|Portable|portable';
const DEVICE_OF_BEFORE = new RegExp(`(?:${OWN_DEVICES})(?:[ ][A-Za-z0-9+]{1,12}){0,3}[ ](?:de|di|von|van|da|do|del|della|dello|des|du)[ ]$`);

/** A value of words only (letters, spaces, apostrophes, hyphens, dots). */
const PLAIN_WORDS = /^[\p{L}\p{M}][\p{L}\p{M} .'\u2019-]*$/u;

/** The word just before a candidate (the Agent of Agent Scorecard, the Call of Call Queue). */
const WORD_BEFORE = /([A-Za-z]+)[ ]{1,2}$/;

/** ASCII without escapes or references: a word that needs no decoding (nearly all of them). */
const PLAIN_ASCII = /^[^\x80-\xff\\&]*$/;

/** A matched word as text: UTF-8 bytes decoded, JSON escapes and HTML references read. */
export function decodeWord(latin1: string): string {
  if (PLAIN_ASCII.test(latin1)) return latin1;
  return Buffer.from(latin1, 'latin1')
    .toString('utf8')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&([a-zA-Z])(?:acute|grave|uml|circ|tilde|cedil|ring|slash|caron);/g, '$1')
    .replace(/&szlig;/g, 'ss');
}

/** True when the text before a value ends in a strong trigger (call from, Hi, owner:): for the other name rules. */
export function strongTriggerBefore(before: string): boolean {
  return strongPhraseBefore(before);
}

/** ", Given" after a surname (Bakker, Joost): group 1 the given name. */
const GIVEN_AFTER_COMMA = new RegExp(`^,[ ](${WORD})(?:[ ]${WORD})?${END}`);

/** Lower-case particles a name may start with (de la Cruz, van der Berg, bin Said), as the text before its first capital. */
const PARTICLES_BEFORE = /(?:^|[^A-Za-z\x80-\xff])((?:(?:van|von|der|den|de|del|della|dela|di|da|du|la|le|los|las|dos|das|do|ter|ten|bin|ibn|al|el|ben|af|zu|st\.?|d'|l')[ ]|[A-Za-z\x80-\xff]+[-'])+)$/;

/**
 * The value a person key announces before the candidate (holder=Van der Berg, "cardholder": "JUERGEN
 * WEISSMUELLER", assignee: de la Cruz), taken whole with its particles, apostrophes and hyphens:
 * a name cut in two leaks the half left behind. Undefined when no person key announces the
 * candidate, null when one does and its value is no one.
 */
function keyedName(c: MatchContext): string | null | undefined {
  let before = c.textBefore(64);
  let key: PersonKey | null = personKeyBefore(before);
  let particles = '';
  if (key === null) {
    const last = before.charCodeAt(before.length - 1);
    if (last !== 32 && last !== 39 && last !== 45) return undefined;
    const found = PARTICLES_BEFORE.exec(before);
    if (!found) return undefined;
    particles = found[1]!;
    before = before.slice(0, before.length - particles.length);
    key = personKeyBefore(before);
    if (key === null) return undefined;
  }
  let value = personValueAhead(particles + c.textAfter(-1, 160), key);
  // To: Bakker, Joost: a surname the value stopped at its comma, then the given name.
  const given = GIVEN_AFTER_COMMA.exec(c.textAfter(value.length - particles.length - 1, 60));
  if (given && !value.includes(' ') && isFirstName(foldWord(decodeWord(given[1]!))) && !commonWord(foldWord(decodeWord(given[1]!)))) value += given[0];
  // A quoted value of plain words under a person key is judged whole: one that is no one ("owner":
  // "Unassigned", "agent": "Agent Scorecard") is not judged again word by word as if the key were
  // a trigger. A value of another shape (Priya Raman (Sales)) or a bare one that may run on into
  // prose (Patient: Jane Doe was transferred) goes on to the word rules.
  if (value.length <= particles.length) return undefined;
  const decoded = decodeWord(value);
  if (!isPersonValue(decoded, key)) return particles === '' && (key.quote !== '' || key.element) && PLAIN_WORDS.test(decoded) ? null : undefined;
  if (key.general && /^[^a-z\x80-\xff]+$/.test(value) && !value.split(/[ ,]+/).some((w) => isFirstName(w.toLowerCase()) || isSurname(w.toLowerCase()))) return null;
  if (startsWithPlace(value)) return null;
  if (particles !== '') c.takeBefore(/[A-Za-z .'\x80-\xff-]/, particles.length);
  c.coverAfter(value.length - particles.length - 1);
  return namePlaceholder(c, value);
}

/** How strongly the words before a candidate say a person follows (see STRONG_WORDS, ROLE_WORDS, WEAK_WORDS). */
export type Trigger = 'strong' | 'role' | 'weak' | null;

/**
 * How strongly the text before a candidate (`whole`, the words matched) says a person follows:
 * a trigger word, or a signature line (— Anan Charoenrat, Regards,\nChidi Okeke).
 */
function triggerBefore(c: MatchContext, whole: string): Trigger {
  const before = c.textBefore(80);
  if (strongPhraseBefore(before) || mentionBefore(before)) return 'strong';
  if (endsIn(ROLE_BEFORE, before)) return 'role';
  if (endsIn(WEAK_BEFORE, before)) return 'weak';
  if (DEVICE_OF_BEFORE.test(before)) return 'strong';
  return inSignature(before, c.textAfter(whole.length - 1, 8)) ? 'strong' : null;
}

/**
 * True when capitalised words are a person's name, by the lexicon and the trigger before them;
 * `nounAfter`: a small word follows a single word (for Lua scripting), which then needs a name of
 * the English lexicon after a weak trigger.
 */
export function looksLikeName(words: readonly string[], trigger: Trigger, nounAfter = false): boolean {
  const folded = words.map((w) => foldWord(decodeWord(w)));
  if (folded.some((w) => technicalWord(w) || w.length < 2)) return false;
  // A name of compromise's English lexicon is enough; names only the world lists know (Chai, Han)
  // need a given name and a surname, every word known, when nothing before says person (Chai
  // Documentation, Source Han Serif stay).
  const known = trigger === null ? folded.some(knownInEnglish) || (folded.every(knownWord) && folded.some(isFirstName) && folded.some(isSurname)) : folded.some(knownWord);
  // The lexicon's common words are English, without diacritics: Văn (a Vietnamese middle name) is no van.
  const lower = words.map((w, i) => (PLAIN_ASCII.test(w) ? folded[i]! : decodeWord(w).toLowerCase()));
  const common = lower.some((w, i) => commonWord(w, words[i]));
  if (trigger === 'strong') return !commonWord(lower[0]!, words[0]) || (known && !common);
  if (words.length === 1 && !knownInEnglish(folded[0]!) && nounAfter) return false;
  if (trigger === 'role' && words.length > 1) return !common;
  if (words.length === 1) return (trigger === 'weak' || trigger === 'role') && knownWord(folded[0]!) && !common;
  return known && !common;
}

/** A folded word's halves when it is hyphenated (bankole-martins, meer-visser), else the word. */
function halves(folded: string): string[] {
  return folded.includes('-') ? folded.split('-') : [folded];
}

/** True when the lexicon knows the word, or one half of a double surname (Bankole-Martins, Lombardi-Rinaldi), as a name. */
function knownWord(folded: string): boolean {
  return isFirstName(folded) || isSurname(folded) || (folded.includes('-') && halves(folded).some((h) => isFirstName(h) || isSurname(h)));
}

/** True when compromise's English lexicon knows the word (or a half of it) as a name. */
function knownInEnglish(folded: string): boolean {
  return isEnglishName(folded) || (folded.includes('-') && halves(folded).some(isEnglishName));
}

/**
 * True when the word is common or technical (Read-Only: every half). A second half that starts
 * small (Min-jun, Seo-yeon: Korean given names) is judged with the whole word only: its syllables
 * are English words (min, jun).
 */
function commonWord(folded: string, original = ''): boolean {
  if (isNotName(folded)) return true;
  if (!folded.includes('-') || /-[a-z\x80-\xff]/.test(original)) return false;
  return halves(folded).every((h) => isNotName(h));
}

/** True when the word or one of its halves is technical or a product (Call-ID, Wi-Fi, Thunderbird). */
function technicalWord(folded: string): boolean {
  return isTechnical(folded) || PRODUCT_WORDS.has(folded) || (folded.includes('-') && halves(folded).some((h) => isTechnical(h)));
}

/** The continuation of a name over particles (de Boer, van der Meer-Visser, bin Yusof, al-Rashid). */
const NAME_TAIL = nameTailPattern(WORD);
/** The capitalised words of a name's continuation. */
const TAIL_WORDS = new RegExp(WORD, 'g');

/** A name's continuation right after `length` characters of the match's text (see NAME_TAIL): '' when none. */
function tailAfter(c: MatchContext, length: number): string {
  return NAME_TAIL.exec(c.textAfter(length - 1, 80))?.[0] ?? '';
}

/** The capitalised words of a tail (Boer of " de Boer"), for the lexicon. */
function tailWords(tail: string): string[] {
  return tail === '' ? [] : (tail.match(TAIL_WORDS) ?? []).filter((w) => !/^(?:Al|El)$/.test(w));
}

/** True when the candidate is a product's name: a version after it (Thunderbird 128.5.1, Mozilla/5.0), or a User-Agent or Server value. */
function isProduct(c: MatchContext, length: number): boolean {
  return versionAfter(c.textAfter(length - 1, 24)) || productHeaderBefore(c.textBefore(130));
}

/** A name's placeholder: values compare folded, so Ramón, RAMON and Ram\u00f3n are one person. */
function namePlaceholder(c: MatchContext, text: string): string {
  return simple(c, 'name', foldWord(decodeWord(text)));
}

/** The regex source of the names in Latin letters (see PERSON_NAME_RULE). */
const LATIN_PATTERN =
    `[A-Z\\xc3-\\xc6](?<![A-Za-z0-9_\\x80-\\xff\\\\][\\s\\S])(?<=(?!${TECHNICAL_START})(?=(` +
    // 2 then 3: a possessive before a device word (Lena's MacBook Pro, Lena’s iPhone, Jonas' iPad,
    // German Julias iPad, Turkish Ayşe'nin iPhone'u; Marks-iPhone is a host name: device-hosts.ts); 2 then 4-6: two or three words, or "Surname, Given" (the
    // first word matched once for both).
    `(${WORD})(?:((?:'|\\xe2\\x80\\x99)(?:s|n?(?:[iu]|\\xc4\\xb1|\\xc3\\xbc)n)?[ -]|(?<=s)[ ])(?=(?:${DEVICES})(?![a-z])|(?<=['\\x99]s[ ])[a-z])|(,?[ ])(${WORD})(?:[ ](${WORD}))?${END})` +
    // 7: an upper-case host name (LENAS-IPHONE).
    `|([A-Z]{2,})S-(?=(?:${DEVICES_UPPER})(?![A-Za-z]))` +
    // 8, 9: joined (LenaFischer), only after a lower-case word or punctuation: identifiers of code
    // in logs ([CallMgr], PhoneTab render) follow a bracket, a digit or the start of a line.
    `|(?<=[a-z.,:][ ]{1,2}"?)([A-Z][a-z]+)([A-Z][a-z]+)(?![A-Za-z0-9_])` +
    // 10, 11: in upper case (LENA FISCHER).
    // Not after a technical word in upper case (SIP INVITE, HTTP GET, INFO SIP): most upper-case pairs of logs.
    `|(?!${TECHNICAL_UPPER_START})([A-Z][A-Z]+)[ ]([A-Z][A-Z]+)(?![A-Za-z0-9_])` +
    // 12: one word after a lower-case word or punctuation, or as a value (label="Priya"); replace()
    // asks for a trigger before it (call from Priya, Mr. Jones, a key that names a person). A lookbehind for the ~80 trigger words here cost more than all
    // the other alternatives together, at every capitalised word of a log.
    // Also a signature's name alone: after a closing line's comma (Regards,\nChidi) or a dash (— Anan).
    // And a mention (@Rahmat), a bracket's first word (Mum (Sari)).
    `|(?<=[a-z.,:\\x80-\\xbf][ ]{1,2}"?|[=>][ ]?["']?|[,!]\\r?\\n|[@(]|\\xe2\\x80[\\x93\\x94][ ]|(?:^|\\n)[ \\t]*--?[ ])(${WORD})${END}` +
    // 13: a line's first word alone on it or before a comma, a colon, a dash or a particle
    // (Pozdrawiam\nKasia, Chiamaka - can you, Sanne de Vries): not every capitalised line start of prose.
    `|(?<=\\n|^)(${WORD})(?=[ ]?[,:]|[ ](?:-|\\xe2\\x80[\\x93\\x94])[ ]|[ ](?:van|von|de|der|den|da|dos|das|di|du|bin|ibn|al|el|la|le|ter|ten)[ ]|\\r?\\n|$)` +
    `))[\\s\\S])` +
    // A lower-case host name (lenas-macbook-pro), found from its '-'.
    `|-(?<=(?<![A-Za-z0-9_.-])[a-z]{2,20}s-)(?=(?:${DEVICES_LOWER})(?![a-z]))`;

/** Where SCRIPT_NAME_PATTERN's groups start in the joined pattern. */
const SCRIPT_FIRST = captureCount(LATIN_PATTERN) + 1;

/** The replacement of a match of LATIN_PATTERN, or null. */
function replaceLatin(c: MatchContext): string | null {
    if (c.group(1) === undefined) {
      const word = c.takeBefore(/[a-z]/, 21);
      const name = word.slice(0, -1);
      return isFirstName(name) || (!isNotName(name) && name.length >= 3) ? `${namePlaceholder(c, name)}s-` : null;
    }
    const whole = c.group(1)!;
    // A quoted SIP display name ("Marcus Webb" <sip:...>) is the display-name rule's, quotes and all.
    if (QUOTED_DISPLAY_NAME_AHEAD.test(c.textAfter(-1, 120))) return null;
    const keyed = keyedName(c);
    if (keyed !== undefined) return keyed;
    // São Paulo, Rio de Janeiro, Buenos Aires: places, whatever the lexicon says of their words;
    // Agent Scorecard, Call Queue, Hot Desking: the product's features, whatever the trigger.
    const ahead = c.textAfter(-1, 60);
    if (startsWithPlace(ahead) || startsWithFeatureName(ahead) || startsWithFeatureName(`${WORD_BEFORE.exec(c.textBefore(24))?.[1] ?? ''} ${ahead}`)) return null;
    tailLength = 0;
    const replacement = judge(c, whole);
    if (replacement === null) return null;
    c.coverAfter(whole.length + tailLength - c.group(0)!.length);
    return replacement;
}

/** How far past the candidate judge()'s name went (a tail of particles: de Boer, bin Yusof). */
let tailLength = 0;

/** The placeholder of a name whose last word ends the candidate, with its tail (see NAME_TAIL) taken too. */
function withTail(c: MatchContext, name: string, tail: string): string {
  tailLength = tail.length;
  return namePlaceholder(c, name + tail);
}

/** The device words after a possessive (Lena's MacBook): other words after one are judged by the name. */
const DEVICE_AHEAD = new RegExp(`^(?:${DEVICES})(?![a-z])`);

/** The replacement of a candidate (group 1 of the rule, `whole`), or null when it is no name. */
function judge(c: MatchContext, whole: string): string | null {
  if (c.group(3) !== undefined) {
    const word = c.group(2)!;
    const folded = foldWord(decodeWord(word));
    if (c.group(3) === ' ') {
      // No apostrophe (Julias iPad): a known first name with its s (Lucas iPhone), or before it (Julia).
      if (isFirstName(folded)) return namePlaceholder(c, word) + whole.slice(word.length);
      const stem = word.slice(0, -1);
      return isFirstName(folded.slice(0, -1)) && !isTechnical(folded.slice(0, -1)) ? namePlaceholder(c, stem) + whole.slice(stem.length) : null;
    }
    if (technicalWord(folded) || commonWord(folded)) return null;
    // Olusegun's desk phone, Thuy's home router: a person's belongings after it (Grover's algorithm stays).
    const after = c.textAfter(whole.length - 1, 24);
    if (!DEVICE_AHEAD.test(after) && !personalObjectAfter(after)) return null;
    return namePlaceholder(c, word) + whole.slice(word.length);
  }
  if (c.group(4) !== undefined) {
    const words = [c.group(2)!, c.group(5)!, ...(c.group(6) !== undefined ? [c.group(6)!] : [])];
    if (c.group(4)!.startsWith(',')) {
      // "Fischer, Lena": a surname then a first name (a list of two things stays: "Audio, Video").
      // "Yıldız, Ali Rıza": a second given name the lexicon knows or no common word.
      const [surname, given] = [foldWord(decodeWord(words[0]!)), foldWord(decodeWord(words[1]!))];
      // Groeten, Femke / Hallo, Anna: a closing or a greeting, then a name (judged from the next word on).
      if (!isFirstName(given) || commonWord(surname) || technicalWord(surname) || technicalWord(given)) return null;
      if (isClosingWord(decodeWord(words[0]!)) || LEADING_TRIGGER.test(decodeWord(words[0]!))) return null;
      if (c.group(6) !== undefined) {
        const second = foldWord(decodeWord(words[2]!));
        if (!(isFirstName(second) || !commonWord(second)) || technicalWord(second)) return null;
      }
      return namePlaceholder(c, whole);
    }
    // "Hi Priya", "Dear John Smith": the first word is the trigger, the rest the candidate.
    if (LEADING_TRIGGER.test(decodeWord(words[0]!))) {
      const rest = whole.slice(words[0]!.length + c.group(4)!.length);
      return looksLikeName(words.slice(1), 'strong') ? `${whole.slice(0, whole.length - rest.length)}${namePlaceholder(c, rest)}` : null;
    }
    // The lexicon first: most capitalised pairs of logs hold a technical word, and the trigger
    // look-back is the dearer test.
    const folded = words.map((w) => foldWord(decodeWord(w)));
    // iPhone de María José: a device's owner, even with a first name that is also a place's word (San José).
    if (folded.some((w) => isTechnical(w) && isFirstName(w)) && DEVICE_OF_BEFORE.test(c.textBefore(60))) {
      return folded.every((w) => isFirstName(w) || isSurname(w) || !isNotName(w)) ? namePlaceholder(c, whole) : null;
    }
    if (folded.some((w) => technicalWord(w)) || !folded.some((w) => knownWord(w) || !commonWord(w))) return null;
    const tail = tailAfter(c, whole.length);
    if (!looksLikeName([...words, ...tailWords(tail)], triggerBefore(c, whole + tail)) || isProduct(c, whole.length + tail.length)) return null;
    return withTail(c, whole, tail);
  }
  if (c.group(7) !== undefined) {
    const word = c.group(7)!;
    return isNotName(word.toLowerCase()) ? null : `${namePlaceholder(c, word)}${whole.slice(word.length)}`;
  }
  if (c.group(8) !== undefined) {
    const [first, last] = [c.group(8)!.toLowerCase(), c.group(9)!.toLowerCase()];
    return isFirstName(first) && isSurname(last) && !isNotName(last) ? namePlaceholder(c, whole) : null;
  }
  if (c.group(10) !== undefined) {
    const [first, last] = [c.group(10)!.toLowerCase(), c.group(11)!.toLowerCase()];
    const known = (isFirstName(first) && (isSurname(last) || !isNotName(last))) || (isSurname(last) && !isNotName(first));
    return known && !isTechnical(first) && !isTechnical(last) ? namePlaceholder(c, whole) : null;
  }
  if (c.group(12) === undefined && c.group(13) === undefined) return null;
  return judgeOneWord(c, whole);
}

/** A small word right after the candidate (Lua scripting). */
const SMALL_WORD_AFTER = /^ [a-z]/;

/** A bracket right after a word (Sari) of "Mum (Sari)". */
const CLOSING_BRACKET = /^\)/;

/**
 * A single capitalised word (group 12): a name by the trigger before it, or its particles after it
 * (Pieter de Boer), or where a first name stands alone: a bracket after a person's label (Mum
 * (Sari)), a chat line's addressee (Chiamaka - can you), before a verb (so Réka can add it).
 */
function judgeOneWord(c: MatchContext, whole: string): string | null {
  const tail = tailAfter(c, whole.length);
  const words = [whole, ...tailWords(tail)];
  const trigger = triggerBefore(c, whole + tail);
  if (trigger !== null || words.length > 1) {
    const nounAfter = tail === '' && SMALL_WORD_AFTER.test(c.textAfter(whole.length - 1, 3));
    return looksLikeName(words, trigger, nounAfter) && !isProduct(c, whole.length + tail.length) ? withTail(c, whole, tail) : null;
  }
  const folded = foldWord(decodeWord(whole));
  if (commonWord(folded) || technicalWord(folded) || folded.length < 2) return null;
  const before = c.textBefore(60);
  const after = c.textAfter(whole.length - 1, 16);
  if (before.endsWith('(')) {
    // A bracket after a word's space (Mum (Sari)), not one joined to it (Browser(Wasm)).
    // The label as written, before any earlier replacement on the line (car KFG-120 (Ilkka) after the plate went).
    return before.endsWith(' (') && CLOSING_BRACKET.test(after) && (isFirstName(folded) || personalLabelBefore(c.contextBefore(60))) ? namePlaceholder(c, whole) : null;
  }
  if (!isFirstName(folded)) return null;
  return addresseeAtLineStart(before, after) || personVerbAfter(after) ? namePlaceholder(c, whole) : null;
}

/** People's names in free text (see the file comment). */
export const PERSON_NAME_RULE: RedactionRule = {
  category: 'name',
  profiles: STANDARD,
  ownPass: true,
  // The capital is matched first, so V8 skips ahead to the next capital (a pattern that starts with
  // a lookahead is tried at every position: 22 against 9 ms per 8 MB of log), and the candidate is
  // looked at from inside a lookbehind. Only that first character is taken (group 1 is ahead):
  // a candidate that is no name then hides nothing from the rules that start inside it (the 'xt'
  // of "Ext 3303", the 'z' of "Authorization"); a name is covered whole (coverAfter).
  pattern: `${LATIN_PATTERN}|${SCRIPT_NAME_PATTERN}`,
  replace: (c) => {
    // Names in other scripts and LDAP names: script-names.ts, in this pass (a pass of their own cost more).
    if (c.group(SCRIPT_FIRST) !== undefined || c.group(SCRIPT_FIRST + 1) !== undefined) return replaceScriptName(c, SCRIPT_FIRST, strongTriggerBefore);
    return replaceLatin(c);
  },
};
