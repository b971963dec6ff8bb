import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

function redact(text: string, profile: 'minimal' | 'standard' = 'standard'): string {
  return new Redactor({ profile }).redactText(toLatin1Text(text)).text;
}

describe('password hashes with a scheme', () => {
  it('takes the whole hash after a secret key in every profile', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      const out = redact('userPassword="{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g="\npassword={CRYPT}$6$saltY$Qwerty12345\n"pwd": "{PBKDF2-SHA256}10000$c2FsdA$aGFzaA"', profile);
      for (const gone of ['W6ph5Mm5', '{SSHA}', 'saltY', 'Qwerty12345', 'aGFzaA']) expect(out, out).not.toContain(gone);
      expect(out).toContain('userPassword="<secret-');
      expect(out).toContain('"pwd": "<secret-');
    }
  });

  it('leaves braces under other keys', () => {
    expect(redact('config: {SSHA}-style hashes are supported')).toBe('config: {SSHA}-style hashes are supported');
  });
});
