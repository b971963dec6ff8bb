import { describe, expect, it } from 'vitest';
import { errorFingerprint, maskErrorText } from '../../../src-shared/fleet/error-fingerprint.js';

describe('maskErrorText', () => {
  it('masks what varies between reports of one fault', () => {
    const pairs: Array<[string, string]> = [
      ['Call failed (code: 2202400)', 'Call failed (code: 1302400)'],
      ['Call to +1 (415) 555-0134 failed', 'call to +44 20 7946 0958 FAILED'],
      ['Request 6f1c2e1a-0b1d-4c3e-9f2a-1b2c3d4e5f60 rejected', 'Request 0f8fad5b-d9cb-469f-a165-70867728950e rejected'],
      ['Cannot reach 10.0.0.12:5091', 'Cannot reach 192.168.7.200:5091'],
      ['Cannot reach fe80::1ff:fe23:4567:890a', 'Cannot reach 2001:db8::8a2e:370:7334'],
      ['User <email-1> not licensed', 'User <email-17> not licensed'],
      ['User pat@example.com not licensed', 'User kim.lee@corp.example.org not licensed'],
      ['Token 9f86d081884c7d65 expired at 2026-11-26T08:00:00Z', 'Token 3c59dc048e885024 expired at 2026-11-27T10:15:30+01:00'],
      ['see https://zoom.us/a?b=1', 'see https://support.zoom.com/x/y'],
      ['Retry at 9:41 pm', 'Retry at 10:05'],
    ];
    for (const [a, b] of pairs) expect(maskErrorText(a), `${a} / ${b}`).toBe(maskErrorText(b));
  });

  it('keeps the words that tell faults apart', () => {
    expect(maskErrorText('Call failed (code: 2202400)')).toBe('call failed (code: <num>)');
    expect(maskErrorText('Call failed (code: 2202400)')).not.toBe(maskErrorText('Sign-in failed (code: 2202400)'));
    expect(maskErrorText('the cafe facade  is   dead')).toBe('the cafe facade is dead');
  });
});

describe('errorFingerprint', () => {
  it('joins the last three digits of the code, the action and the masked text', () => {
    const a = errorFingerprint('400', 'Call failed (code: 2202400)', 'dialing');
    expect(a).toEqual({ key: '400|dialing|call failed (code: <num>)', errorCode: '400', action: 'dialing', maskedText: 'call failed (code: <num>)' });
    expect(errorFingerprint('2202400', 'Call failed (code: 1102400)', 'dialing').key).toBe(a.key);
    expect(errorFingerprint('400', 'Call failed (code: 2202400)', 'sms').key).not.toBe(a.key);
    expect(errorFingerprint('403', 'Call failed (code: 2202403)', 'dialing').key).not.toBe(a.key);
    expect(errorFingerprint(undefined, undefined, undefined).key).toBe('-|-|');
  });
});

describe('maskErrorText: brackets', () => {
  it('masks a number in brackets without eating the brackets, and a bracketed area code with its number', () => {
    expect(maskErrorText('SUM(1) failed')).toBe('sum(<num>) failed');
    expect(maskErrorText('(415) 555-0134 failed')).toBe('<num> failed');
  });
});
