import { describe, expect, it } from 'vitest';
import { captureCount } from '../../../../src-main/redact/capture-groups.js';
import { firstLetterRule, inFrontOf } from '../../../../src-main/redact/rules/first-letter-rule.js';
import { ACCOUNT_LETTER_RULE } from '../../../../src-main/redact/rules/joined-letter-rules.js';
import { redactLine } from '../../../helpers/redacted-line.js';

describe('rules found from one letter', () => {
  it('puts no capture group in the scan\u2019s regex (each costs the pass at every place it tries)', () => {
    expect(captureCount(ACCOUNT_LETTER_RULE.pattern)).toBe(0);
  });

  it('reads the groups of the branch the scan found, in the scan\u2019s order', () => {
    const seen: string[] = [];
    const rule = firstLetterRule(
      [
        { letter: 'q', gate: '(?<=[ ]q)', branches: [{ source: '(x+)', replace: (c) => `first:${c.group(1)}` }, { source: '(y+)', replace: (c) => `second:${c.group(1)}` }] },
        { letter: 'q', branches: [{ source: '(y+)', replace: (c) => `third:${c.group(1)}` }] },
      ],
      { category: 'user', profiles: ['standard'] },
    );
    const re = new RegExp(rule.pattern, 'g');
    const text = ' qyy aqyy';
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = m.index;
      const context = {
        group: (k: number) => (k === 0 ? m![0] : undefined),
        textBefore: (n: number) => text.slice(Math.max(0, at - n), at),
        textAfter: (skip: number, n: number) => text.slice(at + 1 + skip, at + 1 + skip + n),
        execHere: (regex: RegExp, skip = 0) => {
          regex.lastIndex = at + skip;
          return regex.exec(text);
        },
      };
      seen.push(rule.replace(context as never)!);
    }
    expect(seen).toEqual(['second:yy', 'third:yy']);
  });

  it('joins in front of another rule without renumbering its groups', () => {
    const other = { category: 'user' as const, profiles: ['standard' as const], pattern: 'z(\\d)', replace: (c: { group(k: number): string | undefined }) => `other:${c.group(1)}` };
    const joined = inFrontOf(firstLetterRule([{ letter: 'z', branches: [{ source: 'a', replace: () => 'first' }] }], other), /^z/, other as never);
    expect(captureCount(joined.pattern)).toBe(1);
    const m = new RegExp(joined.pattern).exec('z5')!;
    expect(joined.replace({ group: (k: number) => m[k] } as never)).toBe('other:5');
  });

  it('keeps the person-name rule\u2019s group-less host alternative its own', () => {
    expect(redactLine('host lenas-phone up')).toBe('host <name-1>s-phone up');
    expect(redactLine('\u30e6\u30fc\u30b6\u30fc sato42')).toBe('\u30e6\u30fc\u30b6\u30fc <user-1>');
  });
});
