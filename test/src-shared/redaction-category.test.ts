import { describe, expect, it } from 'vitest';
import { REDACTION_CATEGORIES, REDACTION_CATEGORY_WORDS, redactionCategoryOf, redactionCounts } from '../../src-shared/redaction-category.js';
import { PLACEHOLDER_CATEGORY } from '../../src-main/redact/placeholder-kinds.js';

describe('redaction categories', () => {
  it('names every category in words, each differently', () => {
    const words = REDACTION_CATEGORIES.map((c) => REDACTION_CATEGORY_WORDS[c]);
    expect(new Set(words).size).toBe(REDACTION_CATEGORIES.length);
    for (const w of words) expect(w).toMatch(/^[A-Z]/);
  });

  it('files every placeholder kind under a category, and reads the count keys of older bundles', () => {
    for (const [kind, category] of Object.entries(PLACEHOLDER_CATEGORY)) {
      expect(REDACTION_CATEGORIES, kind).toContain(category);
      // An older bundle counted by placeholder kind: the same key reads as the same category.
      expect(redactionCategoryOf(kind), kind).toBe(category);
    }
    expect(redactionCategoryOf('no-such-kind')).toBeNull();
  });

  it('folds an older bundle\u2019s counts into categories, in screen order, unknown keys last', () => {
    expect(redactionCounts({ email: 2, jwt: 1, auth: 3, 'srtp-key': 1, future: 4, name: 2 })).toEqual([
      { key: 'secret', words: REDACTION_CATEGORY_WORDS.secret, count: 5 },
      { key: 'person-name', words: REDACTION_CATEGORY_WORDS['person-name'], count: 2 },
      { key: 'email', words: REDACTION_CATEGORY_WORDS.email, count: 2 },
      { key: 'future', words: 'Future', count: 4 },
    ]);
  });
});
