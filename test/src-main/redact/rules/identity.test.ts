// Phone numbers written with Unicode spaces and dashes, full-width digits, URL-encoded, and with
// an extension in any of its written forms: one number, one placeholder.
import { describe, expect, it } from 'vitest';
import { redactLine } from '../../../helpers/redacted-line.js';

describe('phone numbers in every writing', () => {
  it.each([
    'dialed +1\u202f415\u202f555\u202f0134 ok',
    'dialed +1 415\u2012555\u20120134 ok',
    'dialed +1 415\u2013555\u20130134 ok',
    'dialed +1 (415) 555\u20110134 ok',
    'dialed \uff0b\uff11 \uff14\uff11\uff15 \uff15\uff15\uff15 \uff10\uff11\uff13\uff14 ok',
    'dialed %2B1%20415%20555%200134 ok',
    'dialed tel%3A%2B14155550134 ok'.replace('tel%3A', ''),
  ])('%s', (line) => {
    expect(redactLine(line)).toBe('dialed <phone:+1:10d-1> ok');
  });

  it('reads national and international URL-encoded forms', () => {
    expect(redactLine('cb=%28415%29%20555-0134&to=tel%3A%2B442079460958')).toBe('cb=<phone:10d-1>&to=tel:<phone:+44:10d-2>');
    expect(redactLine('national 415\u2013555\u20130134 and (415)\u202f555\u20110134')).toBe('national <phone:10d-1> and <phone:10d-1>');
  });

  it('takes an extension in any written form', () => {
    expect(redactLine('415-555-0134 ext. 2201, +14155550134,,2201, +14155550134#2201, +1 415 555 0134 x2201, ext 415-555-0199')).toBe(
      '<phone:10d-1> ext. <ext:4d-1>, <phone:+1:10d-2>,,<ext:4d-1>, <phone:+1:10d-2>#<ext:4d-1>, <phone:+1:10d-2> x<ext:4d-1>, ext <phone:10d-3>',
    );
  });

  it('keeps percentages, dashes in prose and ranges', () => {
    for (const line of ['CPU 50%25 and a%20b', 'years 2020\u20132024 \u2014 done', 'ports 8801\u20138810']) expect(redactLine(line)).toBe(line);
  });
});

describe('shell prompts', () => {
  it("takes the login of a user@host prompt, keeps system accounts, and keeps a Go DSN's and an e-mail's forms", () => {
    expect(redactLine('rafaela@MacBook-Pro ~ % scutil --get ComputerName')).toBe('<user-1>@MacBook-Pro ~ % scutil --get ComputerName');
    expect(redactLine('jdoe@laptop:~$ ip a')).toBe('<user-1>@laptop:~$ ip a');
    expect(redactLine('root@pbx01:/etc/asterisk# asterisk -rx')).toBe('root@pbx01:/etc/asterisk# asterisk -rx');
    expect(redactLine('dsn app:S3cret@tcp(db:3306)/x, mail a.b@example.com')).toBe('dsn <user-1>:<url-credentials-1>@tcp(db:3306)/x, mail <email-1>');
    expect(redactLine('meet @ 5 pm # later')).toBe('meet @ 5 pm # later');
  });
});

describe('signed decimal positions', () => {
  it("takes CoreLocation's <+lat,-lon> as one position, not a phone number", () => {
    expect(redactLine('location <+37.33233141,-122.03121860> +/- 5.00m')).toBe('location <<location-1>> +/- 5.00m');
    expect(redactLine('fix <-33.86785000,+151.20732000>')).toBe('fix <<location-1>>');
    expect(redactLine('call +1.888.555.0123 or +44.2071838750')).toMatch(/^call <phone:\+1:10d-1> or <phone:\+44:10d-2>$/);
  });
});

describe('plus codes (Open Location Code)', () => {
  it('takes global and short codes as positions, and keeps words with a plus', () => {
    expect(redactLine('HCM office (plus code 7P28QPC3+PH), https://plus.codes/8FVC9G8F+6XQ and QPC3+PH Ho Chi Minh City')).toBe(
      'HCM office (plus code <location-1>), https://plus.codes/<location-2> and <location-3> Ho Chi Minh City',
    );
    for (const line of ['C+ and C++ and GH+JV', 'VOIP+SIP and a=b+c', 'call +44 20 7946 0958 now']) expect(redactLine(line)).not.toContain('<location');
  });
});
