// A cell judged by its column's kind, and a raw cell rebuilt with its padding and quotes.
import { describe, expect, it } from 'vitest';
import { cellPlaceholder, replaceCell, type CellJudge } from '../../../src-main/redact/column-cells.js';
import { Redactor } from '../../../src-main/redact/redactor.js';

function judge(secretsOnly = false): CellJudge {
  const redactor = new Redactor({ profile: 'standard' });
  return { placeholders: redactor.placeholders, redactText: (t) => redactor.redactText(t), secretsOnly };
}

describe('column cells', () => {
  it('decodes CUCM integer IPs as the IP rule would judge them, and keeps 0, -1 and service addresses', () => {
    const j = judge();
    expect(cellPlaceholder('ip-integer', '50462986', j)).toBe('<ip:private-1>'); // 10.1.2.3
    expect(j.redactText('from 10.1.2.3').text).toBe('from <ip:private-1>');
    expect(cellPlaceholder('ip-integer', '-939415360', j)).toBe('<ip:private-2>'); // 192.168.1.200
    expect(cellPlaceholder('ip-integer', '134744072', j)).toBeNull(); // 8.8.8.8, a public resolver
    expect(cellPlaceholder('ip-integer', '0', j)).toBeNull();
    expect(cellPlaceholder('ip-integer', '-1', j)).toBeNull();
    expect(cellPlaceholder('ip-integer', 'n/a', j)).toBeNull();
    // 203.0.113.9 (bytes cb 00 71 09) is public: replaced by its class.
    expect(cellPlaceholder('ip-integer', String(0x097100cb), j)).toMatch(/^<ip:public-\d+>$/);
  });

  it('reads Cisco device names by their MAC or user', () => {
    const j = judge();
    expect(cellPlaceholder('device-name', 'SEP00A1B2C3D4E5', j)).toBe('SEP<mac-1>');
    expect(cellPlaceholder('device-name', '00a1b2c3d4e5', j)).toBe('<mac-1>');
    expect(cellPlaceholder('device-name', 'CSFjdoe', j)).toBe('CSF<user-1>');
    expect(cellPlaceholder('device-name', 'BOTjdoe', j)).toBe('BOT<user-1>');
    expect(cellPlaceholder('device-name', 'SIPTrunk_ITSP', j)).toBeNull();
    expect(cellPlaceholder('device-name', 'Yealink T54W', j)).toBeNull();
  });

  it('reads party numbers as full numbers or extensions, keeping emergency numbers and IPs for the rules', () => {
    const j = judge();
    expect(cellPlaceholder('party', '\\+14155550123', j)).toBe('<phone:+1:10d-1>');
    expect(cellPlaceholder('party', '+1 415 555 0123', j)).toBe('<phone:+1:10d-1>');
    expect(cellPlaceholder('party', '1001', j)).toBe('<ext:4d-1>');
    expect(cellPlaceholder('party', '911', j)).toBeNull();
    expect(cellPlaceholder('party', '10.0.0.5', j)).toBeNull();
    expect(cellPlaceholder('phone', '0049 171 2345678', j)).toBe('<phone:+49:10d-2>');
    expect(cellPlaceholder('phone', '+49 171 2345678', j)).toBe('<phone:+49:10d-2>');
  });

  it('in the minimal profile replaces only secrets', () => {
    const j = judge(true);
    expect(cellPlaceholder('secret', 'hunter2', j)).toBe('<secret-1>');
    expect(cellPlaceholder('user', 'jdoe', j)).toBeNull();
    expect(cellPlaceholder('birth-date', '1988-07-21', j)).toBeNull();
  });

  it('keeps empty and placeholder-like secret cells, and cells that do not fit their kind', () => {
    const j = judge();
    expect(cellPlaceholder('secret', '', j)).toBeNull();
    expect(cellPlaceholder('secret', '********', j)).toBeNull();
    expect(cellPlaceholder('birth-date', 'unknown', j)).toBeNull();
    expect(cellPlaceholder('mac', 'none', j)).toBeNull();
    expect(cellPlaceholder('member-id', 'tbd', j)).toBeNull();
  });

  it('rebuilds a raw cell with its padding and RFC 4180 quotes', () => {
    const j = judge();
    expect(replaceCell(' hunter2 ', 'secret', j)).toBe(' <secret-1> ');
    expect(replaceCell('"p""w,d"', 'secret', j)).toBe('"<secret-2>"');
    expect(replaceCell('""', 'secret', j)).toBeNull();
  });
});
