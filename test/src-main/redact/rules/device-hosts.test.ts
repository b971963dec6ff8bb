// Host names that carry a person's name (a name-like part joined to a device word), against the
// generic and public host names that must stay.
import { describe, expect, it } from 'vitest';
import { namesPerson } from '../../../../src-main/redact/rules/device-hosts.js';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('people\u2019s device host names', () => {
  it.each([
    ['connected from mkowalski-macbook.local port 5060', 'mkowalski', '.local port 5060'],
    ['device tnguyen-mbp registered', 'tnguyen', 'registered'],
    ['peer Anna-Lindqvists-iPad joined', 'Lindqvist', 'joined'],
    ['Computer: DESKTOP-RBECKER', 'RBECKER', 'Computer: '],
    ['host rahuls-galaxy-s22 online', 'rahul', 'online'],
    ['host yuki.sato-thinkpad.corp.example up', 'sato', '.corp.example up'],
    ['name MacBook-Air-von-Lukas', 'Lukas', 'name '],
    ['name iPhone-de-Manon', 'Manon', 'name '],
    ['LAPTOP-JMARTIN went to sleep', 'JMARTIN', 'went to sleep'],
    ['client pjohnson-xps13 reconnect', 'pjohnson', 'reconnect'],
    ['host WS-KMEYER01 up', 'KMEYER', 'host '],
    ['host Pixel-7-de-Lucie up', 'Lucie', 'host '],
    ['share \\\\JDOE-PC\\logs', 'JDOE', '\\logs'],
    ['host Marks-iPhone up', 'Marks', 'host '],
  ])('%s', (line, gone, kept) => {
    const out = expectRedacted(line, [gone], [kept]);
    expect(out).toMatch(/<host-1>/);
  });

  it('gives one host one placeholder and keeps the domain after the device label', () => {
    expect(redactLine('from ewalsh-laptop.corp.example and ewalsh-laptop')).toBe('from <host-1>.corp.example and <host-1>');
  });

  it.each([
    'us01sipbr01.zoom.us time.google.com pool.ntp.org provpp.zoom.us',
    'host DESKTOP-7QK2M1B up',
    'host DESKTOP-QJHFKLM up',
    'build-agent-03 running on pbx01.example.net',
    'kiosk-ipad in the lobby, conf-room-pc ready, lab-mbp free',
    'MacBook-Pro.local and new-macbook provisioned',
    'zoom-desktop started from /opt/zoom-desktop/bin',
    'sign-in ok; call-id 9983e3ee-cb81cbd5; 2026-12-07 17:44:51',
    'ldappasswd -ws secret.txt',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).not.toMatch(/<host-/);
  });

  it('judges the words with the lexicon', () => {
    expect(namesPerson(['jdoe', 'mbp'])).toBe(true);
    expect(namesPerson(['MacBook', 'Pro', 'von', 'Julia'])).toBe(true);
    expect(namesPerson(['DESKTOP', 'MSCHMIDT'])).toBe(true);
    expect(namesPerson(['DESKTOP', 'QJHFKLM'])).toBe(false);
    expect(namesPerson(['kiosk', 'ipad'])).toBe(false);
    expect(namesPerson(['build', 'laptop', '03'])).toBe(false);
  });
});

describe("a counter after the owner's name", () => {
  it('takes DESKTOP-ESZTER7K and DESKTOP-KMEYER01, and keeps Windows default names and generic hosts', () => {
    expect(redactLine('Host Name . . . : DESKTOP-ESZTER7K and DESKTOP-KMEYER01')).toBe('Host Name . . . : <host-1> and <host-2>');
    for (const line of ['DESKTOP-4F7K2QX', 'DESKTOP-QKRTAXE', 'LAPTOP-ABCDE1F', 'DESKTOP-BUILD01', 'DESKTOP-KIOSK2']) expect(redactLine(line)).toBe(line);
  });
});
