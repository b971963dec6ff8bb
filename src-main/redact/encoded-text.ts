/**
 * Private values hidden by an encoding: quoted-printable e-mail bodies (quoted-printable.ts), MIME
 * encoded-words in headers (mime-encoded-words.ts), URL-encoded query and form values
 * (url-encoded-values.ts), folded iCalendar and vCard lines (folded-cards.ts) and JSON escaped
 * inside JSON strings (escaped-json.ts). Each is decoded, redacted with the normal rules and encoded
 * again, so the file stays what it was (a valid e-mail, calendar, URL, JSON).
 *
 * Runs on the stream's pieces of whole lines before the rule scan. Each decoder runs only where an
 * indexOf finds its mark ('?=' of an encoded-word, '%' or '+', '\"'): marks that start on a
 * character rare in logs, a memchr each per 64 KiB (0.1-0.4 ms per 8 MB together; '=?' alone cost
 * 1-2 ms, "BEGIN:VCALENDAR" 1.6-2, "quoted-printable" ~2). Whether a stream is an e-mail or a
 * calendar or card file is read once, from its first 16 KiB, as CSV headers and LDIF are: an e-mail
 * or a calendar pasted into a log after its first 64 KiB keeps its quoted-printable body and folds.
 */
import { redactEscapedJson } from './escaped-json.js';
import { FoldedCards } from './folded-cards.js';
import type { TextRules } from './text-rules.js';
import { redactEncodedWords } from './mime-encoded-words.js';
import { QuotedPrintableBodies } from './quoted-printable.js';
import { redactUrlEncodedValues } from './url-encoded-values.js';


/** The encodings of one stream (one file): state that carries over its pieces (an e-mail body, a calendar). */
/** Headers only e-mail has (RFC 5322, RFC 2045), at a line's start: SIP messages share From:, To: and Content-Type:, not these. */
const MAIL_HEADER = /^(?:content-transfer-encoding|mime-version|received|return-path|delivered-to|dkim-signature|x-mailer):/im;
/** The start of an iCalendar or vCard object. */
const CARD_BEGIN = /^BEGIN:V(?:CALENDAR|CARD)\r?$/im;

/** How much of a stream's start is read to tell an e-mail or a calendar from other text. */
const START = 16 * 1024;

export class EncodedText {
  private readonly bodies: QuotedPrintableBodies;
  private readonly cards: FoldedCards;
  /** What the stream's first 16 KiB said it is (an e-mail, a calendar or card file). */
  private mail = false;
  private calendar = false;
  private seen = 0;

  constructor(private readonly rules: TextRules) {
    this.bodies = new QuotedPrintableBodies(rules);
    this.cards = new FoldedCards(rules);
  }

  /** Redacts the encoded values in `text` (whole lines); text without any is returned as it is. */
  redact(text: string): { text: string; count: number } {
    let count = 0;
    const step = (result: { text: string; count: number }): void => {
      text = result.text;
      count += result.count;
    };
    if (this.seen < START) {
      // A stream's first piece is 64 KiB unless the file is smaller; a writer's small first pieces still count up to START.
      this.mail ||= MAIL_HEADER.test(text) || (this.seen === 0 && text.startsWith('From '));
      this.calendar ||= CARD_BEGIN.test(text);
      this.seen += text.length;
    }
    if (this.mail && this.bodies.wants(text)) step(this.bodies.redact(text));
    if (this.calendar && this.cards.wants(text)) step(this.cards.redact(text));
    if (text.includes('?=')) step(redactEncodedWords(text, this.rules));
    if (text.includes('\\"')) step(redactEscapedJson(text, this.rules));
    if (text.includes('%') || text.includes('+')) step(redactUrlEncodedValues(text, this.rules));
    return { text, count };
  }
}
