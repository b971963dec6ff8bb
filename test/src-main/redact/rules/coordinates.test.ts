// GPS positions in free text, map links, geo: URIs, GML/PIDF-LO (the E911 location object: the
// 46labs PIDF-LO example and Asterisk's res_geolocation docs, test/fixtures/real-world/SOURCES.md),
// and with degree signs; versions, timings and single angles stay.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('coordinates', () => {
  it.each([
    ['fix at 37.4220,-122.0841 acc=12', ['37.4220', '122.0841'], ['fix at ', ' acc=12']],
    ['https://maps.example.com/@37.4220,-122.0841,17z', ['37.4220', '122.0841'], ['/@', ',17z']],
    ['Geolocation: <geo:37.786971,-122.399677;u=35>', ['37.786971', '122.399677'], ['<geo:', ';u=35>']],
    ['?q=48.85,2.35&z=4 and ll=-33.87,151.21', ['48.85', '33.87', '151.21'], ['?q=', '&z=4']],
    ['<gml:pos>39.3294 -78.3138</gml:pos> pos3d="39.12345 -105.98766 1920"', ['39.3294', '78.3138', '39.12345', '105.98766'], ['<gml:pos>', '</gml:pos>']],
    ['"location": "-33.8688, 151.2093"', ['33.8688', '151.2093'], ['"location": "']],
    ['at 37.4220° N, 122.0841° W (fix)', ['37.4220', '122.0841'], ['at ', ' (fix)']],
    ['pos N 37° 25\' 19" W 122° 5\' 2" ok', ['37°', '25\'', '122°'], ['pos ', ' ok']],
    ['pos 37°25\'19.3"N 122°05\'02.8"W', ['37°25', '122°05'], ['pos ']],
    ['{"p":"51.5007\\u00b0 N, 0.1246\\u00b0 W"} and 48.8584&deg;N 2.2945&deg;E', ['51.5007', '0.1246', '48.8584', '2.2945'], ['{"p":"']],
    // Hemisphere letters after the numbers, without degree signs (German and French write O for east).
    ['site 60.1699 N, 24.9384 E (HQ)', ['60.1699', '24.9384'], ['site ', ' (HQ)']],
    ['fix=33.8688S 151.2093E;', ['33.8688', '151.2093'], ['fix=', ';']],
    ['Standort 48.1371 N 11.5754 O', ['48.1371', '11.5754'], ['Standort ']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('reads the hemisphere letters as signs: one place, one placeholder', () => {
    expect(redactLine('33.8688 S, 151.2093 E = -33.8688,151.2093; 40.7128N 74.0060W = 40.7128,-74.0060')).toBe('<location-1> = <location-1>; <location-2> = <location-2>');
  });

  it('keeps numbers with letters that are no position', () => {
    for (const line of ['force 1.20 N 3.40 E x', 'reading 61.4978 N 23.7610 and', 'drift 12.345 N, 98.765 kN']) expect(redactLine(line)).toBe(line);
  });

  it('keeps versions, timings, figures and single angles', () => {
    for (const line of ['version 1.2.3 and 5.17.11.3835', 'took 12.345,67.890 ms', 'rows 0.1234,0.5678', 'jitter 12.3456 45.1234', 'rotated 90° and 37.5 °C', 'lat 95.1234,10.1234 is out of range']) {
      expect(redactLine(line)).toBe(line);
    }
  });

  it('gives one position one placeholder in decimal forms', () => {
    expect(redactLine('37.4220,-122.0841 and 37.4220, -122.0841 and geo:37.4220,-122.0841')).toBe('<location-1> and <location-1> and geo:<location-1>');
  });
});

describe('positions in map links', () => {
  it('removes the marker and the fragment of an OpenStreetMap link, and keeps other slashed numbers', () => {
    expectRedacted('https://www.openstreetmap.org/?mlat=41.93957&mlon=-87.73312#map=18/41.93957/-87.73312', ['41.93957', '87.73312'], ['#map=18/']);
    expectRedacted('GET /api/v2/1.25/3.75 and ratio 12.50/13.75', [], ['1.25/3.75', '12.50/13.75']);
  });
});

describe('a longitude written with its + sign', () => {
  it('takes the pair', () => {
    expect(redactLine('at -33.86785000,+151.20732000 now')).toBe('at <location-1> now');
  });
});
