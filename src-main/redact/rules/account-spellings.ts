/**
 * Every spelling of the collected account's real name that logs and host names use: order swapped
 * (Fischer, Lena; Fischer Lena), initials and surname (L. Fischer, LFischer), joined (LenaFischer,
 * lena.fischer, lena_fischer), possessive (Lena's, Lena’s, LENAS-MBP), diacritics folded (Ramon
 * for Ramón) or escaped (Ram\u00f3n, Ram&oacute;n). The literal rule adds the case variants
 * (text-redactor.ts, identity.ts). The surname or first name alone is left to the free-text name
 * rule: as a literal it would also hide the user name it ends (lfischer) and common words.
 */

/** HTML's named reference for a Latin-1 letter with a diacritic (ó -> &oacute;), when it has one. */
function htmlReference(char: string): string | null {
  const base = char.normalize('NFD')[0]!;
  const mark = char.normalize('NFD').slice(1);
  const name = { '\u0301': 'acute', '\u0300': 'grave', '\u0308': 'uml', '\u0302': 'circ', '\u0303': 'tilde', '\u0327': 'cedil', '\u030a': 'ring' }[mark];
  return name && /^[A-Za-z]$/.test(base) ? `&${base}${name};` : null;
}

/** The spellings of a real name (as JS strings). */
export function fullNameSpellings(fullName: string): string[] {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const forms = new Set<string>([words.join(' ')]);
  if (words.length >= 2) {
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const initial = first[0]!;
    for (const form of [`${last}, ${first}`, `${last} ${first}`, `${initial}. ${last}`, `${initial} ${last}`, `${initial}${last}`, `${first}.${last}`, `${first}_${last}`, `${first}-${last}`, `${first}${last}`, `${last}.${first}`, `${first} ${last[0]}.`, `${first}'s`, `${first}\u2019s`, `${first}s`]) {
      forms.add(form);
    }
  }
  for (const form of [...forms]) {
    // Upper and lower case of a name with diacritics (RAMÓN): the literal rule's case variants work on bytes.
    if (/[^\x00-\x7f]/.test(form)) {
      forms.add(form.toUpperCase());
      forms.add(form.toLowerCase());
    }
    const folded = form.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (folded === form) continue;
    forms.add(folded);
    forms.add(form.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
    forms.add(form.replace(/[^\x00-\x7f]/g, (ch) => htmlReference(ch) ?? ch));
  }
  return [...forms];
}
