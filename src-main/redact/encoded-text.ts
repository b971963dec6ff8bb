/**
 * Private values hidden by an encoding: quoted-printable e-mail bodies (quoted-printable.ts), MIME
 * encoded-words in headers (mime-encoded-words.ts), URL-encoded query and form values
 * (url-encoded-values.ts), folded iCalendar and vCard lines (folded-cards.ts) and JSON escaped
 * inside JSON strings (escaped-json.ts). Each is decoded, redacted with the normal rules and encoded
 * again, so the file stays what it was (a valid e-mail, calendar, URL, JSON).
 *
 * Runs on the stream's pieces of whole lines before the rule scan. Each decoder runs only where an
 * indexOf finds its mark ('=?', "quoted-printable", '%' or '+', "BEGIN:V", '\"'): a log without
 * them costs a few memchr calls per 64 KiB.
 */
import { redactEscapedJson } from './escaped-json.js';
import { FoldedCards } from './folded-cards.js';
import { redactEncodedWords } from './mime-encoded-words.js';
import { QuotedPrintableBodies } from './quoted-printable.js';
import { redactUrlEncodedValues } from './url-encoded-values.js';

/** The rule scan over latin1 text (Redactor.redactText). */
export type TextRules = (text: string) => { text: string; count: number };

/** The encodings of one stream (one file): state that carries over its pieces (an e-mail body, a calendar). */
export class EncodedText {
  private readonly bodies: QuotedPrintableBodies;
  private readonly cards: FoldedCards;

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
    if (this.bodies.wants(text)) step(this.bodies.redact(text));
    if (this.cards.wants(text)) step(this.cards.redact(text));
    if (text.includes('=?')) step(redactEncodedWords(text, this.rules));
    if (text.includes('\\"')) step(redactEscapedJson(text, this.rules));
    if (text.includes('%') || text.includes('+')) step(redactUrlEncodedValues(text, this.rules));
    return { text, count };
  }
}
