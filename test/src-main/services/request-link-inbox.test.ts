import { describe, expect, it } from 'vitest';
import { RequestLinkInbox } from '../../../src-main/services/request-link-inbox.js';

describe('RequestLinkInbox', () => {
  it('keeps a link until it is taken once, and tells listeners', () => {
    const inbox = new RequestLinkInbox();
    const heard: unknown[] = [];
    inbox.onDelivery((d) => heard.push(d));
    inbox.deliver('zoom-phone-bundle://collect?ticket=INC-9&action=sms');
    expect(inbox.take()).toEqual({ link: { ticket: 'INC-9', action: 'sms' }, error: null });
    expect(inbox.take()).toBeNull();
    expect(heard).toHaveLength(1);
  });

  it('turns a bad link into a sentence naming the field in words, the parser\u2019s text kept as details', () => {
    const inbox = new RequestLinkInbox();
    inbox.deliver('zoom-phone-bundle://collect?action=sms');
    expect(inbox.take()).toEqual({
      link: null,
      error: 'The help desk\'s link could not be used: the ticket number is missing. Ask them for a new link, or fill in the form yourself.',
      details: expect.stringMatching(/^ticket: /),
    });
    for (const [query, words] of [['scope=everyone', 'who is affected'], ['action=dance', 'what you were doing'], ['return=ftp://x', 'where to send the bundle'], ['logWindowHours=-1', 'how many hours of logs']]) {
      inbox.deliver(`zoom-phone-bundle://collect?ticket=T-1&${query}`);
      const taken = inbox.take()!;
      expect(taken.error).toBe(`The help desk's link could not be used: its value for \u201c${words}\u201d is not one this app can use. Ask them for a new link, or fill in the form yourself.`);
      expect(taken.error).not.toMatch(/Invalid|expected/);
    }
    inbox.deliver('not a link at all');
    expect(inbox.take()!.error).toBe('The help desk\'s link could not be used: it is not a link. Ask them for a new link, or fill in the form yourself.');
  });
});
