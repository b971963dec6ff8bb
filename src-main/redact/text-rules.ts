/**
 * The redaction rules as the per-file steps call them (the decoders of encoded-text.ts, tables):
 * latin1 text of UTF-8 in, the text with its values replaced and how many out.
 */
export type TextRules = (text: string) => { text: string; count: number };
