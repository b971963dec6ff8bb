// SIP accounts in phone configs under keys the key rule does not know by name, and service
// addresses at Zoom or public services that keep their domain.
import { describe, expect, it } from 'vitest';
import { redactLine } from '../../../helpers/redacted-line.js';

describe('SIP accounts in phone configs', () => {
  it.each([
    ['reg.1.address="3307@pbx.example.net"', 'reg.1.address="<sip-user-1>@pbx.example.net"'],
    ['reg.2.address="3307"', 'reg.2.address="<sip-user-1>"'],
    ['reg.1.address = 3307', 'reg.1.address = <sip-user-1>'],
    ['reg.1.address="4155550134"', 'reg.1.address="<phone:10d-1>"'],
    ['user_name1!: 3307', 'user_name1!: <sip-user-1>'],
    ['user_pname2$: 3307', 'user_pname2$: <sip-user-1>'],
    ['"sipUserName": "3307"', '"sipUserName": "<sip-user-1>"'],
    ['SIPAccount_AuthUserName = 3307', 'SIPAccount_AuthUserName = <sip-user-1>'],
    ['SP1 AuthUserName=3307', 'SP1 AuthUserName=<sip-user-1>'],
  ])('%s', (line, expected) => {
    expect(redactLine(line)).toBe(expected);
  });

  it("takes Snom's account password in every profile", () => {
    expect(redactLine('user_pass1!: Xk9#pq', { profile: 'minimal' })).toBe('user_pass1!: <secret-1>');
    expect(redactLine('user_name1!: 3307', { profile: 'minimal' })).toBe('user_name1!: 3307');
  });

  it.each([
    'reg.1.server.1.address="us01sipbr01.zoom.us"',
    'account.1.sip_server.1.address = us01sipbr01.zoom.us',
    'user_host1!: pbx.example.net',
    'reg.1.address=""',
    'sipUserName=$SIP_USER',
  ])('keeps %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });
});

describe('addresses at Zoom and public services', () => {
  it.each([
    ['reg.1.address="jdoe@us01sipbr01.zoom.us"', 'reg.1.address="<sip-user-1>@us01sipbr01.zoom.us"'],
    ['To: 2101@us02sipbr01.zoom.us;tag=9', 'To: <sip-user-1>@us02sipbr01.zoom.us;tag=9'],
    ['mail kmeyer@zoomgov.com', 'mail <sip-user-1>@zoomgov.com'],
    ['From: 14155550134@zoom.com', 'From: <phone:11d-1>@zoom.com'],
    ['id=kmeyer%40zoom.us', 'id=<sip-user-1>%40zoom.us'],
  ])('%s', (line, expected) => {
    expect(redactLine(line)).toBe(expected);
  });

  it('still hides other e-mail addresses whole', () => {
    expect(redactLine('mail kmeyer@example.com and kmeyer@zoom.us.example.com')).toBe('mail <email-1> and <email-2>');
  });
});
