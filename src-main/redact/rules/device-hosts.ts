/**
 * Host names that carry a person's name: a name-like part joined by '-' to a device word, either
 * way round (hlefevre-macbook.local, jdoe-mbp, Bart-Kowalczyks-iPad, priyas-galaxy-s23,
 * kenji.tanaka-thinkpad.corp.example, DESKTOP-MSCHMIDT, MacBook-Pro-von-Julia, iPhone-de-Camille).
 * The host's labels up to the device word become one host placeholder; the domain after them stays.
 * Generic names stay: a Windows default name (DESKTOP-7QK2M1B), labels of words (kiosk-ipad,
 * conf-room-pc), and hosts with no device word at all (build-agent-03, pbx01.example.net).
 *
 * Found from the '-' next to the device word (first-letter-rule.ts), joined to the command-line rule
 * (joined-letter-rules.ts: that rare pass stops at every '-' already); the person is judged in
 * replace() with the name lexicon (name-lexicon.ts).
 */
import { isFirstName, isNotName, isSurname, isTechnical } from '../name-lexicon.js';
import { caseVariantList, prefixAlternation, suffixAlternation } from './regex-words.js';
import type { LetterBranch } from './first-letter-rule.js';
import { simple, type MatchContext } from './rule-types.js';

/** Device words of personal computers, phones and tablets, as host names write them. */
const DEVICE_WORDS = [
  'macbook', 'mbp', 'mba', 'imac', 'mac', 'iphone', 'ipad', 'android', 'galaxy', 'pixel', 'laptop', 'desktop', 'pc', 'nb', 'ws',
  'notebook', 'workstation', 'thinkpad', 'ideapad', 'yoga', 'surface', 'latitude', 'precision', 'elitebook', 'probook',
  'zenbook', 'xps', 'chromebook', 'tablet', 'oneplus', 'redmi', 'xiaomi',
];
/** The mixed-case spellings makers use (caseVariantList gives lower, Capitalised and UPPER). */
const MIXED_CASE = ['MacBook', 'iMac', 'iPhone', 'iPad', 'ThinkPad', 'IdeaPad', 'EliteBook', 'ProBook', 'ZenBook', 'ChromeBook', 'OnePlus'];
const DEVICE_SPELLINGS = [...caseVariantList(DEVICE_WORDS), ...MIXED_CASE];
const DEVICES = new Set(DEVICE_WORDS);

/**
 * Words of host names that name a place, a role or a model, not a person (besides the lexicon's
 * common and technical words): kiosk-ipad, conf-room-pc, lab-mbp, loaner-laptop, MacBook-Pro.
 */
const GENERIC_WORDS = new Set(
  ('kiosk lab labs conf confroom qa dev devs prod stage staging demo demos loaner loaners spare spares shared guest guests test tests ' +
    'testing training train class classroom library frontdesk helpdesk servicedesk boardroom huddle exec execs ops noc soc eng mkt ' +
    'fin acct hr it pos corp win win10 win11 macos ios ipados air pro max mini plus ultra lite se fe book new old my personal work ' +
    'home backup temp tmp vm vdi citrix rdp kiosks signage display tv lobby reception office room rooms desk hot hotdesk ' +
    'von van de der den di da du del della des dos of la le el s rmt remote studio edge go slim fold flip note tab').split(' '),
);

/** Words that join a device to its owner in the default names of macOS, iOS and Android (MacBook-Pro-von-Julia, iPhone-de-Camille). */
const OWNER_JOINS = new Set(['von', 'van', 'de', 'di', 'da', 'du', 'del', 'della', 'des', 'dos', 'of', 'da', 'do']);

/** Any character of a host name (labels and dots; '_' as Windows NetBIOS names allow). */
const HOST_CHAR = /[A-Za-z0-9._-]/;
/** The rest of the host name after the '-'. */
const HOST_REST = /^[A-Za-z0-9._-]*/;
const VOWEL = /[aeiouy]/;

/** True when a lower-case word is a device word, with a model number glued on (xps13, mbp2) or not. */
function isDevice(word: string): boolean {
  return DEVICES.has(word) || DEVICES.has(word.replace(/\d+$/, ''));
}

/** True when a lower-case word is no name: a common or technical word, a generic host word, or a model (s23, m1, 14pro). */
function isGeneric(word: string): boolean {
  return GENERIC_WORDS.has(word) || isNotName(word) || isTechnical(word) || /\d/.test(word) || word.length < 2;
}

/** True when the lexicon says a word is (or holds) a name: a first name or surname, a possessive of one, an initial and a surname (or a name). */
function isKnownName(word: string): boolean {
  const bare = word.endsWith('s') ? word.slice(0, -1) : word;
  for (const w of word === bare ? [word] : [word, bare]) {
    if (isFirstName(w) || isSurname(w)) return true;
    if (w.length >= 5 && (isSurname(w.slice(1)) || isSurname(w.slice(2)) || isFirstName(w.slice(1)))) return true;
    if (w.length >= 4 && isFirstName(w.slice(0, -1))) return true;
  }
  return false;
}

/**
 * True when the words around a device word name a person: one of them is a name the lexicon
 * knows, or follows an owner join (von, de, of), or is a word no lexicon knows (jweissmueller,
 * priyas) with a vowel. A Windows default name (seven upper-case letters and digits after DESKTOP-
 * or LAPTOP-) needs the lexicon.
 */
export function namesPerson(words: readonly string[]): boolean {
  let afterJoin = false;
  let unknown = false;
  for (const written of words) {
    // A counter after a name (KMEYER01, jdoe2, ESZTER7K) is the machine's: the name is the letters.
    const raw = /^([A-Za-z]{3,})\d[A-Za-z0-9]{0,2}$/.exec(written)?.[1] ?? written;
    const word = raw.toLowerCase();
    if (OWNER_JOINS.has(word)) {
      afterJoin = true;
      continue;
    }
    if (isDevice(word) || !/^[a-z]+$/.test(word)) {
      afterJoin = false;
      continue;
    }
    if (isKnownName(word) && !isTechnical(word) && !GENERIC_WORDS.has(word)) return true;
    if (afterJoin && !isGeneric(word)) return true;
    // Windows's default names are seven random capitals and digits (DESKTOP-QKRTAXE): only the lexicon can tell.
    if (!isGeneric(word) && word.length >= 3 && VOWEL.test(word) && !(written.length === 7 && /^[A-Z0-9]+$/.test(written))) unknown = true;
    afterJoin = false;
  }
  return unknown;
}

/**
 * A person's device host (see the file comment), as branches after a '-' (first-letter-rule.ts):
 * the '-' before a device word (jdoe-mbp), checked to be inside a word (a command's flag, -ws or
 * -pc, is the command-line rule's), or after one (DESKTOP-MSCHMIDT, Pixel-7-de-Lucie).
 */
export const PERSON_DEVICE_HOST_BRANCHES: readonly LetterBranch[] = [
  { source: `(?:${prefixAlternation(DEVICE_SPELLINGS)})\\d{0,4}(?![A-Za-z])(?<=[A-Za-z0-9]-[A-Za-z0-9]+)`, replace: replacePersonHost },
  // The character before the '-' is looked at first, as one class: at a date's or an id's '-' that
  // fails at once (the alternation of spellings behind it cost the pass 2 ms per 8 MB).
  { source: `(?<=[${[...new Set(DEVICE_SPELLINGS.map((w) => w.slice(-1)))].join('')}]-)(?<=(?<![A-Za-z0-9])(?:${suffixAlternation(DEVICE_SPELLINGS)})-)[A-Za-z0-9]`, replace: replacePersonHost },
];

/** The host around the '-' as one placeholder up to its device label, or null when no person is named. */
function replacePersonHost(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  const rest = HOST_REST.exec(c.textAfter(0, 128))![0];
  const head = c.takeBefore(HOST_CHAR, 128);
  // A UNC or URL host (\\JDOE-PC\share, //jdoe-mbp/) is one; after a single slash it is a path (/opt/app-desktop/).
  const before = c.charBefore();
  const server = /(?:\\\\|\/\/)$/.test(c.textBefore(head.length + 2).slice(0, 2));
  if (((before === '/' || before === '\\') && !server) || /^[._-]/.test(head) || head === '') return null;
  // The labels up to and with the one holding the '-'; the domain after it stays.
  const dot = rest.indexOf('.');
  const tail = (dot < 0 ? rest : rest.slice(0, dot)).replace(/[_-]+$/, '');
  const host = `${head}-${tail}`;
  if (!namesPerson(host.split(/[._-]+/).filter(Boolean))) return null;
  c.coverAfter(tail.length);
  return simple(c, 'host', host.toLowerCase());
}
