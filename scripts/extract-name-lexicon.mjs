// Writes assets/name-lexicon.json from the lexicon of compromise (an offline English NLP library;
// its model ships inside the npm package): the first names and surnames it knows, and its other
// single words (the common vocabulary a capitalised word in a log is far likelier to be). The
// redactor reads the JSON, not compromise itself: loading compromise unpacks its whole model
// (1.4-2.6 s on the project machine), too slow for every `zpb` run. Run after updating compromise:
//   node scripts/extract-name-lexicon.mjs
import { writeFileSync } from 'node:fs';
import nlp from 'compromise/two';

const NAME_TAGS = { first: ['FirstName', 'MaleName', 'FemaleName', 'Person'], last: ['LastName'] };
const lexicon = nlp.model().one.lexicon;
const first = new Set();
const last = new Set();
const common = new Set();
for (const [word, value] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]+$/.test(word)) continue;
  const tags = Array.isArray(value) ? value : [value];
  if (tags.some((tag) => NAME_TAGS.first.includes(tag))) first.add(word);
  else if (tags.some((tag) => NAME_TAGS.last.includes(tag))) last.add(word);
  else if (word.length >= 3) common.add(word);
}
const sorted = (set) => [...set].sort();
const out = {
  source: `compromise ${JSON.parse((await import('node:fs')).readFileSync(new URL('../node_modules/compromise/package.json', import.meta.url), 'utf8')).version} lexicon (MIT, github.com/spencermountain/compromise), extracted by scripts/extract-name-lexicon.mjs`,
  first: sorted(first),
  last: sorted(last),
  common: sorted(common),
};
writeFileSync(new URL('../assets/name-lexicon.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`first ${first.size}, last ${last.size}, common ${common.size}`);
