/**
 * GPS positions in free text: a decimal latitude,longitude pair (37.4220,-122.0841, in geo: URIs,
 * map links @37.42,-122.08,17z and q=...), and positions written with degree signs in decimal or
 * degrees-minutes-seconds form (37.4220° N, 122.0841° W; N 37° 25' 19"; 37°25'19.3"N 122°05'02.8"W),
 * also as &deg; or \u00b0. A pair needs decimals on both numbers and each in range, so versions
 * (1.2.3), timings (12.5, 3.25 s) and single numbers with degrees (rotated 90°, 37.5 °C) stay.
 */
import { STANDARD, simple, type MatchContext, type RedactionRule } from './rule-types.js';

/** Text before a pair that says it is a position, where two decimals are enough (geo:37.78,-122.41, @37.78,-122.41, q=, ll=). */
const GEO_MARK_BEFORE = /(?:geo:|@|(?:^|[?&;\s])(?:q|ll|sll|center|query|loc|location|pos|coords?)=|\(|<(?:gml:)?pos>\s*|pos(?:3d)?="|<(?:gml:)?coordinates>\s*|POINT ?\()-?$/i;

/** A map link's zoom level before lat/lon (OpenStreetMap and others: #map=18/41.9395/-87.7331). */
const MAP_ZOOM_BEFORE = /map=\d{1,2}\/-?$/;

/** True when both numbers are in range (|lat| <= 90, |lng| <= 180) and not both fractions. */
function inRange(lat: number, lng: number): boolean {
  // Two fractions below one (0.1234,0.5678) are a row of figures far likelier than a point off Africa.
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 && (Math.abs(lat) >= 1 || Math.abs(lng) >= 1);
}

/** A position written with hemisphere letters after its numbers (61.4978 N, 23.7610 E; O is the east of German and French). */
function hemispherePosition(c: MatchContext, north: string, east: string): string | null {
  const [latText, lngText] = c.group(0)!.split(/[ ]?[NS],?[ ]?/) as [string, string];
  const lat = Number(latText) * (north === 'S' ? -1 : 1);
  const lng = Number(lngText.replace(/[ ]?[EWO]$/, '')) * (east === 'W' ? -1 : 1);
  return inRange(lat, lng) && !lngText.startsWith('-') ? simple(c, 'location', `${lat},${lng}`) : null;
}

/** A decimal latitude,longitude pair, found from its first digit. */
export const DECIMAL_COORDINATES_RULE: RedactionRule = {
  category: 'location',
  profiles: STANDARD,
  // The two numbers are separated by a comma (37.4220,-122.0841) or, in GML and PIDF-LO
  // (<gml:pos>39.3294 -78.3138</gml:pos>, pos3d="39.12345 -105.98766 1920"), a space; in a map
  // link's fragment after the zoom level (#map=18/41.9395/-87.7331), a slash.
  // With hemisphere letters (61.4978 N, 23.7610 E; 33.8688S 151.2093E) the letters mark it.
  pattern: '\\d(?<![A-Za-z0-9.]\\d)\\d?\\.(\\d{2,9})(,[ ]?|[ ]|/|[ ]?[NS],?[ ]?)([+-]?\\d{1,3})\\.(\\d{2,9})([ ]?[EWO](?![A-Za-z0-9_]))?(?![A-Za-z0-9_]|\\.\\d|,\\d{1,9}\\.\\d)',
  replace: (c) => {
    if (c.group(2) === '/' && !MAP_ZOOM_BEFORE.test(c.textBefore(12))) return null;
    const hemisphere = /[NS]/.exec(c.group(2)!)?.[0];
    // Letters on both numbers or on neither (61.4978 N 23.7610 is no position).
    if ((hemisphere === undefined) !== (c.group(5) === undefined)) return null;
    // Three decimals at least: "1.20 N 3.40 E" is more likely two forces than a place.
    if (hemisphere !== undefined) return Math.min(c.group(1)!.length, c.group(4)!.length) >= 3 ? hemispherePosition(c, hemisphere, c.group(5)!.trim()) : null;
    const shortest = Math.min(c.group(1)!.length, c.group(4)!.length);
    const marked = c.group(2) === '/' || GEO_MARK_BEFORE.test(c.textBefore(24));
    // Without a comma, two numbers are a position only where the markup says so, or with 5+ decimals each.
    if (shortest < (marked ? 2 : c.group(2) === ' ' ? 5 : 4)) return null;
    const sign = c.textBefore(1) === '-' ? c.takeBefore(/-/, 1) : '';
    const text = sign + c.group(0)!;
    const [lat, lng] = text.split(/,[ ]?|[ /]/).map(Number) as [number, number];
    return inRange(lat, lng) ? simple(c, 'location', `${lat},${lng}`) : null;
  },
};

// The pieces of a position written with degrees (latin1 bytes of UTF-8: ° is \xc2\xb0, the
// masculine ordinal º \xc2\xba often stands in for it; ′ \xe2\x80\xb2 and ″ \xe2\x80\xb3).
const DEGREE = `(?:\xc2[\xb0\xba]|&deg;|&#176;|\\\\u00[bB]0|[ ]?deg\\b)`;
const MINUTE = `(?:'|\xe2\x80\xb2|&#39;|&prime;)`;
const SECOND = `(?:"|''|\xe2\x80\xb3|&quot;|&Prime;|\\\\")`;
const HEMISPHERE = '[NSEWnsew](?![A-Za-z])';
/** The rest of one coordinate after its degree sign: minutes, seconds, hemisphere. */
const AFTER_DEGREE = `(?:[ ]?\\d{1,2}(?:\\.\\d+)?${MINUTE}(?:[ ]?\\d{1,2}(?:\\.\\d+)?${SECOND})?)?(?:[ ]?(${HEMISPHERE}))?`;
/** One whole coordinate: optional hemisphere first, degrees, the rest. */
const COORDINATE = `(?:(${HEMISPHERE})[ ]?)?-?\\d{1,3}(?:\\.\\d+)?[ ]?${DEGREE}${AFTER_DEGREE}`;
const FIRST_REST = new RegExp(`^${AFTER_DEGREE}`);
const SECOND_COORDINATE = new RegExp(`^[ ]*[,;/]?[ ]*${COORDINATE}`);
/** The degrees (and a hemisphere letter before them) at the end of the text before the sign. */
const DEGREES_BEFORE = /(?:(?<![A-Za-z])([NSEWnsew])[ ]?)?(-?\d{1,3}(?:\.\d+)?)[ ]?$/;

/** A position written with degree signs, found from the first sign. */
export const DEGREE_COORDINATES_RULE: RedactionRule = {
  category: 'location',
  profiles: STANDARD,
  // Starts on rare characters only (the degree sign's first byte, '&', a backslash).
  rare: true,
  pattern: `\xc2[\xb0\xba]|&deg;|&#176;|\\\\u00[bB]0`,
  replace: (c) => replaceDegrees(c),
};

function replaceDegrees(c: MatchContext): string | null {
  const before = DEGREES_BEFORE.exec(c.textBefore(12));
  if (!before) return null;
  const prior = c.textBefore(before[0].length + 1);
  if (prior.length > before[0].length && /[A-Za-z0-9._]/.test(prior[0]!)) return null;
  const after = c.textAfter(0, 120);
  const rest = FIRST_REST.exec(after)!;
  const second = SECOND_COORDINATE.exec(after.slice(rest[0].length));
  const hemisphere = before[1] ?? rest[1];
  const hasMinutes = rest[0].replace(/[ ]?[NSEWnsew]$/, '').trim().length > 0;
  // One number with a degree sign is a position only with a hemisphere or minutes (not "90°", "37.5 °C").
  if (!second && !hemisphere && !hasMinutes) return null;
  if (/^[ ]?[CFK](?![A-Za-z])/.test(after) && !hasMinutes) return null;
  const consumed = rest[0].length + (second ? second[0].length : 0);
  c.takeBefore(/[\s\S]/, before[0].length);
  const text = `${before[0]}${c.group(0)}${after.slice(0, consumed)}`;
  c.coverAfter(consumed);
  return simple(c, 'location', text);
}
