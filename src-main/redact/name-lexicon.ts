/**
 * Words for telling a person's name from the other capitalised words of logs: the first names,
 * surnames and common vocabulary of compromise's lexicon (assets/name-lexicon.json, extracted by
 * scripts/extract-name-lexicon.mjs), the names of other countries (assets/world-names.json), and the words of telephony and computing that start capitalised
 * in logs (Audio Device, Call Quality, Bad Request, America/New_York) but are in no English lexicon.
 */
import lexicon from '../../assets/name-lexicon.json';
import world from '../../assets/world-names.json';

const FIRST = new Set(lexicon.first);
const LAST = new Set(lexicon.last);
const COMMON = new Set(lexicon.common);
// The first names and surnames of other countries (Anouk, Olusegun, Virtanen, Yıldız: faker's
// locale data, scripts/extract-world-names.mjs), without the words compromise knows: a common
// English word stays a common word whatever another language names with it.
// Each list is one sorted string ('|' between words), split once and searched by halves: a
// bundled array of ~22 000 strings, or Sets of them, cost 20-30 ms of every start.
const WORLD_FIRST = world.first.split('|');
const WORLD_LAST = world.last.split('|');
const GREEK = world.greek.split('|');

/** True when the sorted list holds the word (binary search). */
function listed(sorted: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = sorted[mid]!;
    if (at === word) return true;
    if (at < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Capitalised words of logs, UIs and places that are not people (lower case). */
export const TECHNICAL_WORDS: readonly string[] = (
    'audio video device devices quality error errors warning warn info debug trace fatal notice retry retrying speaker speakers microphone mic headset headphones camera ' +
    'network server client request response session call calls calling phone phones zoom meeting meetings webinar chat team teams workplace contact contacts center centre ' +
    'settings setting status state service services manager module handler thread process window windows mac macos linux ubuntu debian fedora android ios ipados iphone ipad ' +
    'macbook imac pro air mini max ultra plus chrome edge firefox safari opera microsoft apple google amazon cisco yealink poly polycom grandstream realtek intel nvidia amd ' +
    'bluetooth usb wifi wi-fi ethernet wireless default communications input output level gain echo noise suppression connection connected disconnected failed failure ' +
    'timeout success bad gateway not found internal forbidden unauthorized unavailable ringing trying ok accepted busy decline declined temporarily moved permanently proxy ' +
    'authentication required invalid unknown sign signed login logout token update updates upgrade version build release desktop mobile web app apps application sdk api ' +
    'http https sip rtp rtcp srtp tls tcp udp dns ice stun turn codec opus jitter latency packet packets loss bandwidth new york los angeles san francisco diego jose ' +
    'america europe asia pacific atlantic australia africa london berlin paris tokyo chicago denver phoenix toronto sydney standard time daylight eastern central mountain ' +
    'western east west north south utc gmt monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december main menu queue hunt group auto receptionist voicemail fax line shared delegation park hold transfer transferred forward forwarded conference ' +
    'recording emergency address location site room rooms lobby front desk reception sales support office admin administrator user users guest account profile company ' +
    'corp inc llc ltd gmbh visual studio code outlook word excel powerpoint slack jabra logitech plantronics sennheiser dell lenovo hp samsung galaxy pixel surface thinkpad ' +
    'elitebook latitude high definition driver controller adapter virtual cable stereo mono hands free speakerphone system sound sounds mapper primary secondary capture ' +
    'playback render endpoint media foundation core engine kit framework library runtime node electron react java python the and for with from into this that your our ' +
    'call-id caller callee answered missed incoming outgoing inbound outbound started ended start end stop stopped open close closed dropped join joined leave left ' +
    'click button dialog screen page tab panel view list item items file files folder path log logs event events message messages notification notifications ' +
    'first last next previous local remote public private global region zone data cache config configuration preferences option options feature features ' +
    'enabled disabled active inactive online offline available away dnd presence ready idle registered unregistered registration provisioning firmware ' +
    'mr mrs ms dr prof sir madam bearer basic digest negotiate ntlm kerberos oauth invite ack bye cancel options subscribe notify refer prack info get post put ' +
    'delete patch head'
).split(' ');
const TECHNICAL = new Set(TECHNICAL_WORDS);

/**
 * More words that are no people, judged in JS only (not in the name rule's technical-start regex,
 * which every capital of a log is tested against): makers and products of headsets, phones and
 * mail clients (Thunderbird, Mediant, Evolve2), company suffixes (Oyj, GmbH), "everyone" in other
 * languages after a greeting (Hoi allemaal), and team or department words that sign a message
 * (Bilgi İşlem, Dział IT), folded; not those that are also names (Elisa, Fritz, Phong, Allen).
 */
const OTHER_NOT_NAMES = new Set(
  (
    'mozilla thunderbird audiocodes mediant poly studio sennheiser jabra evolve evolve2 engage logitech epos adapt webex plantronics voyager ' +
    'yealink grandstream polycom snom gigaset fanvil avaya mitel ribbon sonus cisco meraki ubiquiti unifi fortinet fortigate sophos zyxel ' +
    'netgear tplink tp-link mikrotik draytek fritzbox huawei nokia ericsson vodafone telekom orange telia ziggo kpn proximus swisscom ' +
    'oyj oy ab asa as sa spa srl sarl bv nv ag kg kgaa ltda tbk sdn bhd pty kft zrt sro plc llp lp pvt ' +
    'allemaal iedereen zusammen alle tutti todos todas tous wszystkim herkese mindenkinek kaikki everyone everybody folks team guys ' +
    'bilgi islem destek ekibi departmani dzial zespol wsparcie podpora oddeleni afdeling abteilung soporte suporte equipe equipo ' +
    'servizio assistenza tuki asiakaspalvelu ugyfelszolgalat tamogatas informatique informatica informatika helpdesk servicedesk'
  ).split(' '),
);

const ASCII = /^[\x00-\x7f]*$/;

/** Letters without a decomposition and their base spelling. */
const FOLDED_LETTERS: Record<string, string> = { ł: 'l', ı: 'i', đ: 'd', ø: 'o', æ: 'ae', ß: 'ss' };

/** A word folded for lookup: lower case, diacritics removed (Ramón, RAMÓN -> ramon). */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  // Letters NFD does not split (ł, ı, đ, ø, æ, ß) are spelt as their base letters, as world-names.json is.
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[łıđøæß]/g, (ch) => FOLDED_LETTERS[ch]!);
}

/** True when the (folded) word is a first name or surname of compromise's English lexicon (not only of the world lists). */
export function isEnglishName(folded: string): boolean {
  return FIRST.has(folded) || LAST.has(folded);
}

/** True when the (folded) word is a first name compromise knows. */
export function isFirstName(folded: string): boolean {
  return FIRST.has(folded) || (listed(WORLD_FIRST, folded) && !TECHNICAL.has(folded));
}

/** True when the (folded) word is a surname compromise knows. */
export function isSurname(folded: string): boolean {
  return LAST.has(folded) || (listed(WORLD_LAST, folded) && !TECHNICAL.has(folded));
}

/** True when a word in Greek letters, lower case without accents (γιωργος), is a Greek first name or surname. */
export function isGreekName(folded: string): boolean {
  return listed(GREEK, folded);
}

/** True when a capitalised word is far likelier something else than (part of) a name: a common English or technical word that is no name. */
export function isNotName(folded: string): boolean {
  return TECHNICAL.has(folded) || OTHER_NOT_NAMES.has(folded) || (COMMON.has(folded) && !FIRST.has(folded) && !LAST.has(folded));
}

/** True when the (folded) word is a technical or place word (never taken for a name, whatever the context). */
export function isTechnical(folded: string): boolean {
  return TECHNICAL.has(folded) || OTHER_NOT_NAMES.has(folded);
}
