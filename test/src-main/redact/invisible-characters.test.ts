import { describe, expect, it } from 'vitest';
import { applyEdits, hasInvisible, stripInvisible } from '../../../src-main/redact/invisible-characters.js';
import { toLatin1Text } from '../../../src-main/redact/redactor.js';

describe('invisible characters', () => {
  it('finds and strips each kind; a no-break space becomes a space', () => {
    for (const ch of ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u202e', '\u2066']) {
      const text = toLatin1Text(`a${ch}b`);
      expect(hasInvisible(text), ch.codePointAt(0)!.toString(16)).toBe(true);
      expect(stripInvisible(text).text).toBe('ab');
    }
    expect(stripInvisible(toLatin1Text('a\u00a0b')).text).toBe('a b');
    expect(hasInvisible(toLatin1Text('plain é and ü text'))).toBe(false);
  });

  it('is found at either end and after visible characters that share its first byte', () => {
    // … ’ € ¢ © and ﻿-like letters begin with the same UTF-8 lead bytes (e2, c2, ef) as the invisible ones.
    const lookalikes = '… ’ € ¢ © ﻼ';
    expect(hasInvisible(toLatin1Text(lookalikes))).toBe(false);
    for (const ch of ['\u200b', '\u00a0', '\ufeff', '\u2069']) {
      for (const text of [`${ch}${lookalikes}`, `${lookalikes}${ch}`, `${lookalikes}x${ch}y${lookalikes}`]) {
        expect(hasInvisible(toLatin1Text(text)), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('copies text outside edits as written and notes hidden characters inside them', () => {
    const original = toLatin1Text('\u200bx 12\u200b34\u00a05 y\u200b');
    const stripped = stripInvisible(original);
    expect(stripped.text).toBe('x 1234 5 y');
    const out = applyEdits(original, stripped, [{ start: 2, end: 8, replacement: '<n>' }]);
    expect(Buffer.from(out, 'latin1').toString('utf8')).toBe('\u200bx <n>[hidden U+200B at 3][hidden U+00A0 at 6] y\u200b');
  });

  it('reads Unicode spaces, dashes, full-width characters and URL-encoded phone punctuation as ASCII, without notes', () => {
    const text = toLatin1Text('+1\u202f415\u2012555\u2013 0134 \uff0b\uff11\u3000\uff08\uff14\uff11\uff15\uff09 \u2011 %28415%29%20555%2D0134 tel%3A%2B44 50%25 a%20b');
    expect(hasInvisible(text)).toBe(true);
    const stripped = stripInvisible(text);
    expect(stripped.text).toBe('+1 415-555- 0134 +1 (415) - (415) 555-0134 tel:+44 50%25 a%20b');
    const out = applyEdits(text, stripped, [{ start: 0, end: 16, replacement: '<n>' }]);
    expect(Buffer.from(out, 'latin1').toString('utf8')).toBe('<n> \uff0b\uff11\u3000\uff08\uff14\uff11\uff15\uff09 \u2011 %28415%29%20555%2D0134 tel%3A%2B44 50%25 a%20b');
    expect(hasInvisible(toLatin1Text('50%25 done, a%20b, %2Fhome%2F'))).toBe(false);
  });
});
