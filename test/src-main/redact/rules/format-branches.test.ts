// The format branches joined in front of the name, token and e-mail rules (format-branches.ts): each
// joined rule still answers as before, in its own profiles, wherever the branches do not match.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

describe('format branches joined in front of other rules', () => {
  it('leaves the joined rules their own matches', () => {
    expectRedacted('call from Marcus Webb at ann@corp.example via dsn app:Sup3rS3cret@tcp(db.example:3306)/calls key SK0123456789abcdef0123456789abcdef',
      ['Marcus Webb', 'ann@corp.example', 'Sup3rS3cret', '0123456789abcdef0123456789abcdef'], ['call from <name-', '@tcp(db.example:3306)/calls']);
  });

  it('keeps names, e-mails and handles in minimal while SET secrets and share tokens go', () => {
    const out = redactLine('Marcus Webb ann@corp.example Telegram @tg_hl\nSET SIPPASSWORD 8812345\nhttps://zoom.us/rec/share/Ab3dEfGh-IjKlMn0pQ', { profile: 'minimal' });
    for (const kept of ['Marcus Webb', 'ann@corp.example', '@tg_hl']) expect(out).toContain(kept);
    for (const gone of ['8812345', 'Ab3dEfGh-IjKlMn0pQ']) expect(out).not.toContain(gone);
  });
});
