// DHCP identifiers that embed a MAC, and bare MACs after the word MAC: the MAC inside goes, with
// the MAC's own placeholder; the identifier's type and time bytes stay.
import { describe, expect, it } from 'vitest';
import { colonDhcpIdentifier, dhcpPrefixBefore } from '../../../../src-main/redact/rules/dhcp-identifiers.js';
import { redactLine } from '../../../helpers/redacted-line.js';

describe('DHCP identifiers and MAC words', () => {
  it('redacts the MAC inside a DUID and a client id, as on the Physical Address line', () => {
    const text = [
      '   Physical Address. . . . . . . . . : 00-15-5D-A1-B2-C3',
      '   DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2C-8F-1A-33-00-15-5D-A1-B2-C3',
      '   DHCPv6 Client DUID. . . . . . . . : 00-03-00-01-00-15-5D-A1-B2-C3',
      'option dhcp-client-identifier 01:00:15:5d:a1:b2:c3;',
      'DUID 00:01:00:01:2c:8f:1a:33:00:15:5d:a1:b2:c3',
      '   Link-local IPv6 Address . . . . . : fe80::215:5dff:fea1:b2c3%12(Preferred)',
    ].join('\n');
    const out = redactLine(text);
    expect(out).not.toMatch(/a1.?b2.?c3|5dff|fea1/i);
    expect(out).toContain('Physical Address. . . . . . . . . : <mac-1>');
    expect(out).toContain('DUID. . . . . . . . : 00-01-00-01-2C-8F-1A-33-<mac-1>');
    expect(out).toContain('DUID. . . . . . . . : 00-03-00-01-<mac-1>');
    expect(out).toContain('dhcp-client-identifier 01:<mac-1>;');
    expect(out).toContain('DUID 00:01:00:01:2c:8f:1a:33:<mac-1>');
  });

  it('redacts twelve bare hex digits after the word MAC', () => {
    expect(redactLine('MAC 805EC0A1B2C3 and MAC address: 0004F2A1B2C4 and MAC#0004f2a1b2c5')).toBe('MAC <mac-1> and MAC address: <mac-2> and MAC#<mac-3>');
  });

  it('keeps what only looks alike', () => {
    for (const line of ['build 00-01-00-01-20 and 1-2-3-4-5-6', 'MAC 000000000000 and MACHINE 0004f2a1b2c3d4', 'sha 00:01:02:03:04:05:06:07:08']) expect(redactLine(line)).toBe(line);
    expect(dhcpPrefixBefore('x 00-01-00-01-2C-8F-1A-33-')).toBe(true);
    expect(dhcpPrefixBefore('x 00-02-00-01-')).toBe(false);
    expect(colonDhcpIdentifier('02:00:15:5d:a1:b2:c3')).toBeNull();
  });
});
