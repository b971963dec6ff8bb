/**
 * Signature lines: where a message ends with its writer's name. A name stands alone on a line that
 * starts with a dash (— Anan Charoenrat, -- Mei Tanaka, – Jo) or on the line after a closing
 * phrase (Regards, / Saludos, / Grüße, / Cordialement, / よろしくお願いします). Text is latin1 bytes of
 * UTF-8, as the rules see it; only the short line before a candidate is decoded.
 */

/** Closing phrases in the languages tickets are written in (lower case, without the final punctuation). */
const CLOSINGS = new Set(
  (
    'regards|best regards|kind regards|warm regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours sincerely|' +
    'yours truly|best|all the best|best wishes|br|kr|rgds|thx|ty|' +
    'saludos|un saludo|saludos cordiales|atentamente|cordialmente|gracias|muchas gracias|' +
    'atenciosamente|abraços|abracos|obrigado|obrigada|cumprimentos|' +
    'grüße|grusse|grüsse|gruesse|viele grüße|beste grüße|liebe grüße|freundliche grüße|mit freundlichen grüßen|mfg|lg|vg|danke|' +
    'cordialement|bien cordialement|bien à vous|salutations|merci|amitiés|' +
    'cordiali saluti|distinti saluti|saluti|grazie|' +
    'met vriendelijke groet|vriendelijke groet|groeten|mvg|' +
    'pozdrawiam|z poważaniem|med vänlig hälsning|hälsningar|mvh|med venlig hilsen|hilsen|ystävällisin terveisin|terveisin|' +
    's pozdravem|üdvözlettel|saygılarımla|с уважением|спасибо|' +
    // More of Europe, Turkey, Vietnam, Indonesia and Malaysia, Greece.
    'groet|groetjes|hartelijke groet|hartelijke groeten|vriendelijke groeten|met vriendelijke groeten|met hartelijke groet|mvg|gr|' +
    'herzliche grüße|herzliche grüsse|beste grüsse|freundliche grüsse|mit freundlichen grüssen|mit besten grüßen|gruß|gruss|schöne grüße|' +
    'bien à toi|sincères salutations|meilleures salutations|bonne journée|à bientôt|' +
    'un saluto|cordialmente|buona giornata|a presto|' +
    'un abrazo|saludos cordiales|abrazos|' +
    'att|abs|saudações|um abraço|atte|' +
    'pozdrowienia|z pozdrowieniami|serdecznie pozdrawiam|pozdrawiam serdecznie|dziękuję|' +
    'saygılar|saygılarımızla|iyi çalışmalar|teşekkürler|selamlar|sevgiler|' +
    'üdv|köszönettel|üdvözlet|tisztelettel|' +
    'parhain terveisin|ystävällisesti|kiitos|' +
    'vänliga hälsningar|med vänliga hälsningar|hälsning|med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|' +
    's přátelským pozdravem|s pozdravom|děkuji|' +
    'trân trọng|thân mến|cảm ơn|xin cảm ơn|trân trọng cảm ơn|' +
    'salam|salam hangat|hormat saya|hormat kami|terima kasih|wassalam|' +
    'με εκτίμηση|ευχαριστώ|φιλικά|' +
    'pozdrav|lep pozdrav|lp|srdačan pozdrav|s poštovanjem|cu stimă|cu drag|toate cele bune|mulțumesc|' +
    'yours faithfully|faithfully|respectfully|warmly|warm wishes|take care|talk soon|' +
    'よろしくお願いします|よろしくお願いいたします|宜しくお願いします|以上|此致|此致敬礼|谢谢|謝謝|祝好|감사합니다|안녕히 계세요|ขอบคุณ|ขอบคุณครับ|ขอบคุณค่ะ|مع التحية|شكرا|تحياتي'
  ).split('|'),
);

/**
 * The closing phrases that also say a name follows on the same line (Groeten, Femke / Saludos,
 * Valentina), as latin1 bytes of UTF-8: the Latin-script ones of five letters or more (best, br, lg, att
 * and their like start other sentences).
 */
export const CLOSING_TRIGGERS: readonly string[] = [...CLOSINGS]
  .filter((phrase) => phrase.length >= 5 && /^[\p{Script=Latin} ]+$/u.test(phrase) && !/^(?:thanks|thank you|cheers|regards|best wishes|all the best|sincerely)$/.test(phrase))
  .map((phrase) => Buffer.from(phrase, 'utf8').toString('latin1'));

/** True when a word (decoded, any case) is a closing phrase of one word (Groeten, Saludos, Pozdrawiam). */
export function isClosingWord(word: string): boolean {
  return CLOSINGS.has(word.toLowerCase());
}

/** A line start, spaces and a dash of a signature: --, -, – or —. */
const DASH_LINE_START = /(?:^|\n)[ \t]*(?:--?|\xe2\x80\x93|\xe2\x80\x94)[ \t]*$/;
/** The end of the line before a candidate and the line above it (at most 60 bytes). */
const LINE_ABOVE = /(?:^|\n)([^\n]{1,60})\r?\n[ \t]*$/;
/** After a signature's name: the line's end, or the writer's address, team or title after a separator. */
const SIGNATURE_END = /^[ \t]*(?:\r?\n|$|[,|(<]|\xe2\x80\x93|\xe2\x80\x94|- )/;

/** True when the text before a candidate is a signature line's dash at the line's start. */
export function dashLineBefore(before: string): boolean {
  return DASH_LINE_START.test(before);
}

/** True when the line above the candidate's line is a closing phrase (Regards, / Saludos, / よろしくお願いします). */
export function closingLineAbove(before: string): boolean {
  const line = LINE_ABOVE.exec(before);
  if (!line) return false;
  const text = Buffer.from(line[1]!, 'latin1').toString('utf8').trim().toLowerCase().replace(/[\s,.!。、！～~-]+$/u, '');
  return CLOSINGS.has(text);
}

/** True when the text after a candidate ends it as a signature: nothing more on the line, or an address or a title. */
export function signatureEndAfter(after: string): boolean {
  return SIGNATURE_END.test(after);
}

/** True when a candidate between `before` and `after` stands where a signature's name does. */
export function inSignature(before: string, after: string): boolean {
  return (dashLineBefore(before) || closingLineAbove(before)) && signatureEndAfter(after);
}
