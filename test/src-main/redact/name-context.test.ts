// The words around a candidate name: what says a person follows or precedes it, and what says a product.
import { describe, expect, it } from 'vitest';
import { addresseeAtLineStart, mentionBefore, nameTailPattern, personalLabelBefore, personalObjectAfter, personVerbAfter, productHeaderBefore, versionAfter } from '../../../src-main/redact/name-context.js';

const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('name context', () => {
  it('continues a name over particles and joined articles', () => {
    const tail = nameTailPattern("[A-Z][a-z]+(?:-[A-Z][a-z]+)?");
    expect(tail.exec(' de Boer changed')?.[0]).toBe(' de Boer');
    expect(tail.exec(' van der Meer-Visser')?.[0]).toBe(' van der Meer-Visser');
    expect(tail.exec(' bin Yusof')?.[0]).toBe(' bin Yusof');
    expect(tail.exec(' al-Haddad,')?.[0]).toBe(' al-Haddad');
    expect(tail.exec(' de la Cruz')?.[0]).toBe(' de la Cruz');
    expect(tail.exec(' and Zoom')).toBeNull();
    expect(tail.exec(' de')).toBeNull();
  });

  it('finds a person by the verb or belongings after a first name', () => {
    for (const after of [' can add it', ' said so', " can't hear", ' will check']) expect(personVerbAfter(after), after).toBe(true);
    for (const after of [' Client', ' 5.17', ': restart', ' canceled', ' is fast', ' has'])  expect(personVerbAfter(after), after).toBe(false);
    for (const after of ['desk phone', 'home router', 'laptop', 'mobile']) expect(personalObjectAfter(after), after).toBe(true);
    for (const after of ['servers', 'cache', 'update', 'api']) expect(personalObjectAfter(after), after).toBe(false);
  });

  it('reads labels, mentions and chat addressees', () => {
    expect(personalLabelBefore('Mum (')).toBe(true);
    expect(personalLabelBefore('car KFG-120 (')).toBe(true);
    expect(personalLabelBefore('Restart (')).toBe(false);
    expect(mentionBefore('Page owner: @')).toBe(true);
    expect(mentionBefore('thanks @')).toBe(true);
    expect(mentionBefore('user@')).toBe(false);
    expect(addresseeAtLineStart('ok\n', ' - can you check')).toBe(true);
    expect(addresseeAtLineStart('', ': restart please')).toBe(true);
    expect(addresseeAtLineStart('so ', ' - can you')).toBe(false);
    expect(addresseeAtLineStart('\n', ' can you')).toBe(false);
  });

  it('tells a product by its version or the header it is in', () => {
    for (const after of [' 128.5.1', '/5.0', ' X50', '/v7', ' v2.3']) expect(versionAfter(after), after).toBe(true);
    for (const after of [' 4711', ' 10:02', ' dropped', ' (Sales)', ' 2024-03-02']) expect(versionAfter(after), after).toBe(false);
    expect(productHeaderBefore('User-Agent: ')).toBe(true);
    expect(productHeaderBefore('Server: Acme ')).toBe(true);
    expect(productHeaderBefore(latin1('call from '))).toBe(false);
    expect(productHeaderBefore('observer: ')).toBe(false);
  });
});
