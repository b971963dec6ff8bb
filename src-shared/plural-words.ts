/**
 * A number with its noun ("1 bundle", "2 bundles", "1 person", "3 people"), through
 * Intl.PluralRules: the one place plural forms are chosen, on every screen and in the CLI. The
 * nouns are a Record over their union, so a noun without its plural fails the type check.
 */

type Forms = { readonly one: string; readonly other: string };

/** Every counted noun with its singular and plural (and the verb after it where a sentence needs one). */
const NOUNS = {
  bundle: { one: 'bundle', other: 'bundles' },
  file: { one: 'file', other: 'files' },
  item: { one: 'item', other: 'items' },
  copy: { one: 'copy', other: 'copies' },
  group: { one: 'group', other: 'groups' },
  reporter: { one: 'reporter', other: 'reporters' },
  'other reporter': { one: 'other reporter', other: 'other reporters' },
  device: { one: 'device', other: 'devices' },
  'other device': { one: 'other device', other: 'other devices' },
  person: { one: 'person', other: 'people' },
  computer: { one: 'computer', other: 'computers' },
  'network kind': { one: 'network kind', other: 'network kinds' },
  'Zoom version': { one: 'Zoom version', other: 'Zoom versions' },
  'private value': { one: 'private value', other: 'private values' },
  check: { one: 'check', other: 'checks' },
  request: { one: 'request', other: 'requests' },
  row: { one: 'row', other: 'rows' },
  interface: { one: 'interface', other: 'interfaces' },
  'other active incident': { one: 'other active incident', other: 'other active incidents' },
  'zone matches': { one: 'zone matches', other: 'zones match' },
  'readable Zoom log': { one: 'readable Zoom log', other: 'readable Zoom logs' },
  event: { one: 'event', other: 'events' },
  'encrypted log': { one: 'encrypted log', other: 'encrypted logs' },
  line: { one: 'line', other: 'lines' },
} as const satisfies Readonly<Record<string, Forms>>;

export type CountedNoun = keyof typeof NOUNS;

const rules = new Intl.PluralRules('en');

/** The noun's form for this number, without the number ("bundle", "bundles"). */
export function nounFor(n: number, noun: CountedNoun): string {
  return rules.select(n) === 'one' ? NOUNS[noun].one : NOUNS[noun].other;
}

/** "1 bundle", "2 bundles", "0 bundles", "1 person", "4 people". */
export function count(n: number, noun: CountedNoun): string {
  return `${n} ${nounFor(n, noun)}`;
}
