import { describe, expect, it } from 'vitest';
import { ignoredLinkFieldsSentence, limitUnsignedLink } from '../../src-shared/unsigned-link-limits.js';

describe('limitUnsignedLink', () => {
  it('keeps a redaction at or above the default, drops one below it', () => {
    expect(limitUnsignedLink({ ticket: 'T', redaction: 'strict' })).toEqual({ link: { ticket: 'T', redaction: 'strict' }, ignored: [] });
    expect(limitUnsignedLink({ ticket: 'T', redaction: 'standard' })).toEqual({ link: { ticket: 'T', redaction: 'standard' }, ignored: [] });
    expect(limitUnsignedLink({ ticket: 'T', redaction: 'minimal' })).toEqual({ link: { ticket: 'T' }, ignored: ['redaction'] });
  });

  it('drops where to send the bundle, an e-mail address or a page', () => {
    expect(limitUnsignedLink({ ticket: 'T', returnTo: 'mailto:a@example.com', action: 'sms' })).toEqual({ link: { ticket: 'T', action: 'sms' }, ignored: ['return'] });
    expect(limitUnsignedLink({ ticket: 'T', returnTo: 'https://desk.example.com/' }).ignored).toEqual(['return']);
  });

  it('says what was ignored in one sentence', () => {
    expect(ignoredLinkFieldsSentence(['return'])).toBe('the link is not signed, so where it says to send the bundle is ignored');
    expect(ignoredLinkFieldsSentence(['redaction', 'return'])).toBe('the link is not signed, so its lower redaction (the default, standard, applies) and where it says to send the bundle are ignored');
  });
});
