/**
 * Lists of licence plates after a key (`allowed_plates: 34 ABC 482, 34 KMT 71`,
 * `vehicle.gate.whitelist = 34 ABC 482, 34 KMT 71`): the key rule takes one value, so the plates
 * after the first, and a whitelist under a vehicle, parking or gate path, are read here, after
 * the key rule's own match (no regex of the scan changes but one key word, 'whitelist').
 */
import { idValueKey } from '../id-document-keys.js';
import { keyKind } from '../redaction-keys.js';
import { simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** A list item: a separator (the first may be spaces and a quote), capitals (Latin, Cyrillic, Greek) and digits in up to three groups. */
const ITEM = /^([ \t]*,[ \t]*["']?|[ \t]*["']?)((?:[A-Z0-9]|[\xce\xd0][\x80-\xaf])+(?:[ -](?:[A-Z0-9]|[\xce\xd0][\x80-\xaf])+){0,2})(["']?)/;

/** A whitelist key that lists plates: one under a vehicle, parking, gate or barrier path (vehicle.gate.whitelist, parking_whitelist). */
const VEHICLE_LIST_KEY = /(?:vehicle|car|parking|gate|barrier|plate|garage)s?[._-](?:[A-Za-z]+[._-])*(?:white|allow)list["']?[ \t]*$/i;

/**
 * The plates at the start of `text` (the first after `first` separators only when `first`): the
 * length of their text and the text with each plate's placeholder; each item must be a plate
 * (its last groups dropped until it is), and the list ends at the first that is not.
 */
export function plateList(c: MatchContext, text: string, first: boolean): { length: number; text: string } {
  let length = 0;
  let out = '';
  for (let parts = ITEM.exec(text); parts; parts = ITEM.exec(text.slice(length))) {
    if (!first && !parts[1]!.includes(',')) break;
    first = false;
    let item = parts[2]!;
    let key = idValueKey('licence-plate', item);
    while (key === null && /[ -]/.test(item)) {
      item = item.replace(/[ -][^ -]*$/, '');
      key = idValueKey('licence-plate', item);
    }
    const quote = item === parts[2] ? parts[3]! : '';
    // A plate is a whole word ("34 KMT 71, 06 BZ 1234 ve": the last ends at its word's end).
    if (key === null || /^[A-Za-z0-9\x80-\xff]/.test(text.slice(length + parts[1]!.length + item.length + quote.length))) break;
    out += parts[1]! + simple(c, 'licence-plate', key) + quote;
    length += parts[1]!.length + item.length + quote.length;
  }
  return { length, text: out };
}

/** The key rule (`keyRule`, whose group 3 is an identity key) with lists of plates after a plate key and a vehicle whitelist. */
export function withPlateLists(keyRule: RedactionRule): RedactionRule {
  return {
    ...keyRule,
    replace: (c) => {
      const key = c.group(3);
      if (key === undefined || c.profile === 'minimal') return keyRule.replace(c);
      if (/^(?:white|allow)list$/i.test(key)) {
        if (!VEHICLE_LIST_KEY.test(c.textBefore(60))) return null;
        const list = plateList(c, c.textAfter(0, 240), true);
        if (list.length === 0) return null;
        c.coverAfter(list.length);
        return c.group(0)! + list.text;
      }
      let covered = 0;
      const replacement = keyRule.replace({ ...c, coverAfter: (length) => { covered = length; c.coverAfter(length); } });
      if (replacement === null || keyKind(key) !== 'licence-plate') return replacement;
      const list = plateList(c, c.textAfter(covered, 240), false);
      if (list.length === 0) return replacement;
      c.coverAfter(covered + list.length);
      return replacement + list.text;
    },
  };
}
