/**
 * Street addresses written out in logs, E911 records and pasted text: a house number, street name
 * words and a street type (1600 Amphitheatre Parkway; 221B Baker Street; 350 5th Ave), with the
 * unit, city, state or province and postal code that follow (, Suite 200, Mountain View, CA 94043;
 * , London SW1A 2AA; , Toronto, ON M5V 3L9); French style (12 rue de la Paix, 75002 Paris) and
 * German style, number after the street (Hauptstraße 5, 10115 Berlin). The street type is what
 * makes it an address: "3 Audio Devices" and "200 OK" stay.
 */
import { STANDARD, simple, type RedactionRule } from './rule-types.js';

/** A word of a street name: capitalised (UTF-8 letters too) or an ordinal (5th). */
const NAME_WORD = "(?:[A-Z][A-Za-z'\\x80-\\xff.-]*|\\d{1,3}(?:st|nd|rd|th))";
const STREET_TYPE_WORDS =
  'Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Parkway|Pkwy|Place|Pl|Terrace|Ter|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Plz|Crescent|Close|Grove|Gardens|Mews|Row|Walk|Alley|Loop|Pike|Park|Expressway|Expy|Freeway|Fwy|Turnpike|Causeway|Esplanade|Promenade';
/** Street types as written in title case and in upper case (E911 records: 1901 W MADISON ST). */
const STREET_TYPES = `${STREET_TYPE_WORDS}|${STREET_TYPE_WORDS.toUpperCase()}`;
/** A direction after the street type (2030 F ST NW, 200 Central Park West). */
const POST_DIRECTION = '(?:[ ](?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Northeast|Northwest|Southeast|Southwest|NORTH|SOUTH|EAST|WEST)(?![A-Za-z0-9]))?';
/** A unit after the street: ", Suite 200", " Apt 4B", " #12". */
const UNIT = '(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Rm|Room|Bldg|Building|#)\\.?[ ]*#?[A-Za-z0-9-]{1,6})?';
/** Postal codes: US ZIP(+4), UK, Canadian. */
const POSTAL = '(?:\\d{5}(?:-\\d{4})?|[A-Z]{1,2}\\d[A-Z\\d]?[ ]\\d[A-Z]{2}|[A-Z]\\d[A-Z][ ]?\\d[A-Z]\\d)';
/** ", City[, ST][,] [postal]" after the street (city words capitalised, or three letters or more in upper case, so a postcode is not taken for one). */
const CITY = `(?:,[ ]*(?:[A-Z][a-z\\x80-\\xff][A-Za-z\\x80-\\xff.'-]*(?:[ ][A-Z][a-z\\x80-\\xff][A-Za-z\\x80-\\xff.'-]*){0,2}|[A-Z]{3,}(?:[ ][A-Z]{3,})?)(?:,?[ ]+(?:[A-Z]{2}(?:,?[ ]+${POSTAL})?(?![A-Za-z0-9])|${POSTAL}))?)?`;
const ENGLISH = `\\d{0,5}[A-Za-z]?(?:-\\d{1,5})?[ ]+(?:${NAME_WORD}[ ]+){1,4}(?:${STREET_TYPES})\\.?(?![A-Za-z0-9])${POST_DIRECTION}${UNIT}${CITY}`;
const FRENCH_TYPES = "[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]ll(?:\\xc3\\xa9|e)e|[Ii]mpasse|[Qq]uai|[Rr]oute|[Cc]ours|[Pp]assage";
const FRENCH = `\\d{0,3}(?:[ ]?(?:bis|ter))?,?[ ]+(?:${FRENCH_TYPES})[ ]+(?:(?:de|du|des|la|le|les)[ ]+|[dl]')*[A-Z\\xc3][A-Za-z\\x80-\\xff'-]*(?:[ ](?:(?:de|du|des|la|le)[ ]+)?[A-Z\\xc3][A-Za-z\\x80-\\xff'-]*){0,3}(?:,[ ]*\\d{5}[ ]+[A-Z][A-Za-z\\x80-\\xff-]*(?:[ -][A-Z][A-Za-z\\x80-\\xff-]*)?)?`;
/** German style: the number after a street name ending in a street word (Hauptstraße, Musterweg, Berliner Str.). */
const GERMAN_SUFFIX = '(?:stra(?:\\xc3\\x9fe|sse)|[Ss]tr\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|pfad|steig|markt)';
const GERMAN = `(?<=${GERMAN_SUFFIX}[ ]\\d)\\d{0,3}[a-z]?(?:-\\d{1,3})?(?![A-Za-z0-9])(?:,[ ]*\\d{5}[ ]+[A-Z\\xc3][A-Za-z\\x80-\\xff-]*)?`;
/** The street name before a German-style house number: one capitalised word, or two when the second is the street word (Berliner Str.). */
const GERMAN_STREET_BEFORE = /(?:^|[^A-Za-z\x80-\xff-])((?:[A-Z\xc3][A-Za-z\x80-\xff-]*[ ](?=(?:Str\.|Stra\xc3\x9fe|Strasse|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer)[ ]))?[A-Z\xc3][A-Za-z\x80-\xff.-]*[ ])$/;

/** A street address, found from its house number. */
export const STREET_ADDRESS_RULE: RedactionRule = {
  category: 'street-address',
  profiles: STANDARD,
  pattern: `\\d(?<![A-Za-z0-9.]\\d)(?:(${ENGLISH})|(${FRENCH})|(${GERMAN}))`,
  replace: (c) => {
    if (c.group(3) !== undefined) {
      const street = GERMAN_STREET_BEFORE.exec(c.textBefore(60))?.[1];
      if (!street) return null;
      c.takeBefore(/[\s\S]/, street.length);
      return simple(c, 'street-address', street + c.group(0)!);
    }
    return simple(c, 'street-address', c.group(0)!);
  },
};
