// One-time recovery and backup codes after their heading (GitHub's five-and-five hex codes,
// Google's eight digits, made-up digit pairs), with or without a separator, on one line or one a line.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string): string {
  return Buffer.from(new Redactor({ profile: 'minimal' }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('recovery and backup code lists', () => {
  it('takes every code of the list', () => {
    expect(redact('backup codes 18273-55021, 99310-44172')).toBe('backup codes <one-time-code-1>, <one-time-code-2>');
    expect(redact('recovery codes: a1b2c-3d4e5 f6a7b-8c9d0 then more words')).toBe('recovery codes: <one-time-code-1> <one-time-code-2> then more words');
    expect(redact('Recovery codes:\n  a1b2c-3d4e5\n  f6a7b-8c9d0\nnext line text')).toBe('Recovery codes:\n  <one-time-code-1>\n  <one-time-code-2>\nnext line text');
    expect(redact('Backup codes:\n1. 81632204\n2. 77190042\n')).toBe('Backup codes:\n1. <one-time-code-1>\n2. <one-time-code-2>\n');
  });

  it('keeps what only looks like a heading', () => {
    const kept = 'backup completed 2026-12-08 12:00; backup code path /var/backup; recovery codes were regenerated';
    expect(redact(kept)).toBe(kept);
  });
});
