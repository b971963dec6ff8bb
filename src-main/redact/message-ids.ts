/**
 * Message and transaction ids written like mail addresses: a mail's Message-ID, In-Reply-To and
 * References (<CAF3x...@mail.gmail.com>, <20241118.1234.ABCD@smtp.example.com>), a MIME part's
 * Content-ID. They name a message, not a person, and support correlates by them; an address in
 * From:, To: or Cc: is still a person's.
 */

/** The headers whose values are message ids (also X-...-Message-ID and a "messageId" key). */
const ID_HEADER = /^[ \t]*(?:(?:Resent-|Original-|X-[A-Za-z0-9-]*)?Message-ID|In-Reply-To|References|Content-ID)[ \t]*:/i;
const ID_KEY_BEFORE = /(?:^|[^A-Za-z0-9])message[-_]?id["']?[ \t]*[:=][ \t]*["']?<?$/i;

/**
 * True when the text before an address's local part puts it in a message id: right after '<' on
 * a Message-ID, In-Reply-To, References or Content-ID header (folded lines included: References
 * runs on over indented lines), or after a message-id key.
 */
export function isMessageIdBefore(text: string): boolean {
  // The id's characters the address rule did not take as its local part (Gmail's CAH7p...=K3aB@).
  const open = /<[^\s<>"@]{0,200}$/.exec(text);
  const before = open === null ? text : text.slice(0, open.index + 1);
  if (ID_KEY_BEFORE.test(before.slice(-40))) return true;
  if (open === null) return false;
  // The header's line: back over folded continuation lines (they start with a blank).
  let end = before.length;
  for (let lines = 0; lines < 20; lines++) {
    const start = Math.max(before.lastIndexOf('\n', end - 1) + 1, 0);
    const line = before.slice(start, end);
    if (ID_HEADER.test(line)) return true;
    if (start === 0 || !(line.startsWith(' ') || line.startsWith('\t'))) return false;
    end = start - 1;
  }
  return false;
}
