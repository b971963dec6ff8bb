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

  it('turns a bad link into a sentence for the user', () => {
    const inbox = new RequestLinkInbox();
    inbox.deliver('zoom-phone-bundle://collect?action=sms');
    expect(inbox.take()).toEqual({ link: null, error: expect.stringMatching(/^The help desk's link could not be read \(ticket: .*\)\. Ask them for a new link/) });
  });
});
