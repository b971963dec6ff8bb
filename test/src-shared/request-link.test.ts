import { describe, expect, it } from 'vitest';
import { parseRequestLink, requestLinkFromArgv, requestRecord } from '../../src-shared/request-link.js';

describe('parseRequestLink', () => {
  it('reads every field of a full link', () => {
    const link =
      'zoom-phone-bundle://collect?ticket=INC-1042&helpdesk=IT%20Service%20Desk&return=mailto:servicedesk@example.com&action=dialing&scope=only-me&network=vpn&redaction=strict&probes=0&logWindowHours=72';
    expect(parseRequestLink(link)).toEqual({
      ticket: 'INC-1042',
      helpdesk: 'IT Service Desk',
      returnTo: 'mailto:servicedesk@example.com',
      action: 'dialing',
      scope: 'only-me',
      network: 'vpn',
      redaction: 'strict',
      probes: false,
      logWindowHours: 72,
    });
  });

  it('accepts an https link and ignores fields it does not know', () => {
    expect(parseRequestLink('https://helpdesk.example.com/zpb?ticket=42&future=1')).toEqual({ ticket: '42' });
  });

  it('names the bad field in one line', () => {
    const cases: [string, RegExp][] = [
      ['not a url', /^not a link$/],
      ['javascript:alert(1)', /must start with zoom-phone-bundle:\/\//],
      ['zoom-phone-bundle://collect?action=dialing', /^ticket: /],
      ['zoom-phone-bundle://collect?ticket=1&action=flying', /^action: /],
      ['zoom-phone-bundle://collect?ticket=1&return=javascript:alert(1)', /^return: must be a mailto: address or an https:\/\/ page$/],
      ['zoom-phone-bundle://collect?ticket=1&return=http://plain.example.com', /^return: /],
      ['zoom-phone-bundle://collect?ticket=1&redaction=none', /^redaction: /],
      ['zoom-phone-bundle://collect?ticket=1&logWindowHours=-5', /^logWindowHours: /],
    ];
    for (const [link, message] of cases) expect(() => parseRequestLink(link), link).toThrow(message);
  });

  it('puts only the help desk fields in the manifest record', () => {
    expect(requestRecord(parseRequestLink('zoom-phone-bundle://collect?ticket=7&helpdesk=Desk&action=sms'))).toEqual({ ticket: '7', helpdesk: 'Desk' });
  });
});

describe('requestLinkFromArgv', () => {
  it('finds the deep link the OS passed on the command line', () => {
    expect(requestLinkFromArgv(['/opt/app/zpb', '--flag', 'zoom-phone-bundle://collect?ticket=1'])).toBe('zoom-phone-bundle://collect?ticket=1');
    expect(requestLinkFromArgv(['/opt/app/zpb', 'https://example.com'])).toBeNull();
  });
});
