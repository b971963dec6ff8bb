import { describe, expect, it } from 'vitest';
import { parseRequestLink, RequestLinkError, requestLinkFromArgv, requestRecord, returnToDisplay } from '../../src-shared/request-link.js';

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

describe('parseRequestLink on hostile links', () => {
  const base = 'zoom-phone-bundle://collect?ticket=INC-1';
  function refusal(link: string): string {
    try {
      parseRequestLink(link);
    } catch (error) {
      expect(error, link).toBeInstanceOf(RequestLinkError);
      return (error as Error).message;
    }
    throw new Error(`accepted: ${link}`);
  }

  it('refuses a field given twice, whichever copy a reader would take', () => {
    expect(refusal(`${base}&return=mailto:a@example.com&return=mailto:b@example.net`)).toBe('return: given more than once');
    expect(refusal(`${base}&ticket=INC-2`)).toBe('ticket: given more than once');
    expect(refusal(`${base}&action=dialing&action=sms`)).toBe('action: given more than once');
    // Spelled differently, the same field: %61ction is "action".
    expect(refusal(`${base}&action=dialing&%61ction=sms`)).toBe('action: given more than once');
    // Unknown fields may repeat: they are ignored.
    expect(parseRequestLink(`${base}&x=1&x=2`).ticket).toBe('INC-1');
  });

  it('refuses bad percent-encoding instead of passing it through', () => {
    for (const bad of ['%zz', '%C3%28', '%E0%A4', '%', '%4', '%ED%A0%80']) {
      expect(refusal(`${base}&helpdesk=IT${bad}`), bad).toBe('helpdesk: bad percent-encoding');
    }
    expect(refusal(`zoom-phone-bundle://collect?ticket=IN%GGC`)).toBe('ticket: bad percent-encoding');
    expect(parseRequestLink(`${base}&helpdesk=IT%20Desk%20%C3%A9`).helpdesk).toBe('IT Desk é');
  });

  it('takes logWindowHours as a plain decimal only', () => {
    for (const value of ['1e2', '0x10', 'Infinity', '-1', '0', '1.23456', '%20%2072']) {
      expect(refusal(`${base}&logWindowHours=${value}`), value).toMatch(/^logWindowHours: /);
    }
    expect(parseRequestLink(`${base}&logWindowHours=1.5`).logWindowHours).toBe(1.5);
  });

  it('ignores names that only exist on every object', () => {
    expect(parseRequestLink(`${base}&constructor=x&__proto__=y&toString=z`)).toEqual({ ticket: 'INC-1' });
  });

  it('refuses a return address without a valid host', () => {
    expect(refusal(`${base}&return=${encodeURIComponent('mailto:a@exa mple.com')}`)).toMatch(/^return: /);
    expect(refusal(`${base}&return=${encodeURIComponent('https://exa%00mple.com/x')}`)).toMatch(/^return: /);
  });
});

describe('returnToDisplay', () => {
  it('shows an international host in punycode beside the form the link gave', () => {
    // Cyrillic "а" in place of the Latin "a".
    expect(returnToDisplay('mailto:help@exаmple.com')).toBe('help@exаmple.com (host xn--exmple-4nf.com)');
    expect(returnToDisplay('https://desk.exаmple.com/upload?t=1')).toBe('https://desk.exаmple.com/upload?t=1 (host desk.xn--exmple-4nf.com)');
    expect(returnToDisplay('mailto:help@bücher.example')).toBe('help@bücher.example (host xn--bcher-kva.example)');
  });

  it('leaves plain ASCII hosts as they are, whatever their case', () => {
    expect(returnToDisplay('mailto:servicedesk@example.com')).toBe('servicedesk@example.com');
    expect(returnToDisplay('https://Desk.Example.com/x')).toBe('https://Desk.Example.com/x');
  });
});

describe('requestLinkFromArgv', () => {
  it('finds the deep link the OS passed on the command line', () => {
    expect(requestLinkFromArgv(['/opt/app/zpb', '--flag', 'zoom-phone-bundle://collect?ticket=1'])).toBe('zoom-phone-bundle://collect?ticket=1');
    expect(requestLinkFromArgv(['/opt/app/zpb', 'https://example.com'])).toBeNull();
  });
});
