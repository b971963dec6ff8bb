// Writes assets/world-names.json: the first names and surnames of many countries, from the locale
// data of @faker-js/faker (MIT), folded for lookup (lower case, diacritics removed), so the name
// rule knows Anouk, Katarzyna, Olusegun, Nguyễn, Yıldız and Virtanen beside compromise's English
// lexicon (extract-name-lexicon.mjs). Greek names are kept in Greek letters (folded the same way).
// faker is not a dependency: install it outside the project and pass its folder, e.g.
//   npm install --prefix /tmp/faker @faker-js/faker && apt-get install wamerican &&
//   node scripts/extract-world-names.mjs /tmp/faker/node_modules/@faker-js/faker [/usr/share/dict/words]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2] ?? 'node_modules/@faker-js/faker';
const faker = await import(pathToFileURL(path.join(dir, 'dist/index.js')).href);
const version = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;

/** Lower case without diacritics: the form name-lexicon.ts looks words up in. */
const fold = (word) => word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/đ/g, 'd').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
const LATIN = /^[a-z][a-z'-]+$/;
const GREEK = /^[\u0370-\u03ff]{2,}$/;

const first = new Set();
const last = new Set();
const greek = new Set();
/** Every word of every string in a locale's name lists (generic, female, male; some entries are two words). */
const words = (entry) => (entry ? Object.values(entry).flat().flatMap((s) => String(s).split(/[\s]+/)) : []);
for (const [locale, data] of Object.entries(faker)) {
  if (!/^[a-z]{2}(?:_[A-Z]{2})?$/.test(locale) || !data?.person || locale === 'en_BORK') continue;
  const p = data.person;
  for (const [list, into] of [[p.first_name, first], [p.middle_name, first], [p.last_name, last]]) {
    for (const w of words(list)) {
      const f = fold(w);
      if (LATIN.test(f)) into.add(f);
      else if (GREEK.test(f)) greek.add(f);
    }
  }
}
// Words compromise already knows (as a name, or as a common word a capitalised log word far more
// often is) are left out: the lexicon judges those.
const known = JSON.parse(readFileSync(new URL('../assets/name-lexicon.json', import.meta.url), 'utf8'));
const skip = new Set([...known.first, ...known.last, ...known.common]);
// English words (a lower-case entry of a Debian word list, /usr/share/dict/words from wamerican)
// are left out too: faker lists Server, River and Job as first names, and a log's capitalised
// English word is far likelier the word. Two-letter names collide with words and abbreviations
// (To, Do, Le, Ho): only Vietnamese ones that are no word are kept.
const dictionary = process.argv[3] ?? '/usr/share/dict/words';
for (const w of readFileSync(dictionary, 'latin1').split('\n')) if (/^[a-z]+$/.test(w)) skip.add(w);
const TWO_LETTER = new Set(['vu', 'vo', 'vy', 'ly']);
// Particles come as words of surnames (van der Berg): the name rule reads them as particles.
for (const w of 'van von der den de del della dela di da du la le los las dos das do ter ten bin binti bint ibn al el ben af zu'.split(' ')) skip.add(w);
for (const set of [first, last]) for (const w of set) if (skip.has(w) || (w.length === 2 && !TWO_LETTER.has(w))) set.delete(w);
// Each list is one string of sorted words joined by '|': a bundled JSON array of ~22 000 strings
// cost ~20 ms of every start, a string and a split ~1 ms (name-lexicon.ts searches the sorted words).
const sorted = (set) => [...set].sort().join('|');
writeFileSync(
  new URL('../assets/world-names.json', import.meta.url),
  `${JSON.stringify({ source: `@faker-js/faker ${version} locale data (MIT, github.com/faker-js/faker), extracted by scripts/extract-world-names.mjs`, first: sorted(first), last: sorted(last), greek: sorted(greek) })}\n`,
);
console.log(`first ${first.size}, last ${last.size}, greek ${greek.size}`);
