// Share links and profile URLs (issue 24): the token or the handle goes, the host and path words
// stay; API paths, repository and product URLs stay. URL forms from the services' own share dialogs.
import { describe, it } from 'vitest';
import { expectRedacted } from '../../../helpers/redacted-line.js';

describe('share links', () => {
  it('takes the token of share links on any host and keeps the host and path words', () => {
    const links = 'https://app.box.com/s/k3j4h5g6f7d8s9a0qwerty https://zoom.us/rec/share/Ab3dEfGh-IjKlMn0pQ.rStUvW https://us02web.zoom.us/rec/play/ZxYwVu9876tsrq ' +
      'https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view https://1drv.ms/u/s!AkLmNoPqRsTuVw https://www.dropbox.com/s/abc123xyz789/report.pdf?dl=0 ' +
      'https://zoom.us/j/845221966?pwd=Zm9vYmFyYmF6cXV4 https://share.example.org/share/Q9w8E7r6T5y4 https://docs.google.com/document/d/1xYzAbC9dEfGhIjK/edit';
    for (const profile of ['minimal', 'standard'] as const) {
      expectRedacted(links, ['k3j4h5g6f7d8s9a0qwerty', 'Ab3dEfGh', 'ZxYwVu9876tsrq', '1AbCdEfGhIjKlMnOpQrStUvWxYz', 'AkLmNoPqRsTuVw', 'abc123xyz789', 'Zm9vYmFyYmF6cXV4', 'Q9w8E7r6T5y4', '1xYzAbC9dEfGhIjK'],
        ['https://app.box.com/s/<url-credentials-', 'https://zoom.us/rec/share/<', '/view', '/report.pdf?dl=0', 'https://share.example.org/share/<', '/document/d/<'], { profile });
    }
  });

  it('takes a SharePoint link\'s token and its owner', () => {
    expectRedacted('https://corp-my.sharepoint.com/:w:/g/personal/jdoe_corp_com/EaBcDeFgHiJkLmN0pQ?e=AbC12', ['jdoe_corp_com', 'EaBcDeFgHiJkLmN0pQ'], ['https://corp-my.sharepoint.com/:w:/g/personal/<user-']);
  });

  it('keeps API paths with UUIDs and Call-IDs, and words after /s/', () => {
    expectRedacted('GET https://api.zoom.us/v2/phone/calls/7f3c9d1e-2b4a-4c6d-8e9f-0a1b2c3d4e5f/recordings 200 and GET /api/s/v2 and 3 km/s/2 and https://example.com/s/download',
      [], ['https://api.zoom.us/v2/phone/calls/7f3c9d1e-2b4a-4c6d-8e9f-0a1b2c3d4e5f/recordings', 'GET /api/s/v2', 'km/s/2', 'https://example.com/s/download']);
  });
});

describe('profile URLs', () => {
  it('takes the handle of profile URLs', () => {
    expectRedacted('https://www.linkedin.com/in/harriet-lindqvist-4a5b6c/ https://github.com/hlindq https://x.com/hlq_x https://twitter.com/hlq_tw https://instagram.com/hlindq.photo ' +
      'https://facebook.com/harriet.lindqvist t.me/hlindq_tg https://wa.me/46701234567 https://calendly.com/hlq-cal/30min https://zoom.us/my/harriet.lq https://acme.webex.com/meet/hlindqvist ' +
      'https://mastodon.social/@giulia_b https://www.youtube.com/@hlq-vids https://bsky.app/profile/hlq.bsky.social',
    ['harriet-lindqvist-4a5b6c', 'hlindq', 'hlq_x', 'hlq_tw', 'hlindq.photo', 'harriet.lindqvist', 'hlindq_tg', '46701234567', 'hlq-cal', 'harriet.lq', 'hlindqvist', 'giulia_b', 'hlq-vids', 'hlq.bsky'],
    ['linkedin.com/in/<user-', 'calendly.com/<user-', '/30min', 'zoom.us/my/<user-', 'acme.webex.com/meet/<user-', 'wa.me/<phone', 'mastodon.social/@<user-']);
  });

  it('keeps repository, product and package URLs, and handles in minimal', () => {
    expectRedacted('see https://github.com/zoom/zoom-sdk/issues/12 and https://support.zoom.com/hc/en/article?id=zm_kb and https://github.com/features and https://registry.npmjs.org/@types/node', [],
      ['https://github.com/zoom/zoom-sdk/issues/12', 'https://support.zoom.com/hc/en/article?id=zm_kb', 'https://github.com/features', 'https://registry.npmjs.org/@types/node']);
    expectRedacted('https://github.com/hlindq', [], ['github.com/hlindq'], { profile: 'minimal' });
  });
});
