// Vanity numbers: letters on the keypad, the placeholder that of the number they dial.
import { describe, expect, it } from 'vitest';
import { dialledDigits } from '../../../../src-main/redact/rules/vanity-phones.js';
import { redactLine } from '../../../helpers/redacted-line.js';

describe('vanity phone numbers', () => {
  it('redacts toll-free and bracketed vanity numbers', () => {
    expect(redactLine('call 1-800-FLOWERS or 1 (888) GO-FEDEX or +1 800 MY APPLE or (415) 555-CAKE now')).toMatch(/^call <phone:[^>]+> or <phone:[^>]+> or <phone:[^>]+> or <phone:[^>]+> now$/);
    expect(redactLine('1-800-FLOWERS and 1-800-356-9377')).toBe('<phone:11d-1> and <phone:11d-1>');
  });

  it('keeps status codes and words that are no number', () => {
    for (const line of ['HTTP 404-NOT-FOUND', 'error 800-ABC', 'code 1-800-XYZ12345']) expect(redactLine(line)).toBe(line);
  });

  it('dials letters as a keypad does', () => {
    expect(dialledDigits('1-800-FLOWERS')).toBe('1-800-3569377');
  });
});
