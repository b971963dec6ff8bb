/**
 * Invisible characters inside private values (a dialed number pasted with a zero-width space,
 * U+200B, a direction mark U+200E/F, a word joiner U+2060, a no-break space): the rules match the
 * text without them, and a replaced value that held one keeps a visible note of it (its code point
 * and its position in the value) for support, since the character itself is often the fault.
 * Characters that look like the ASCII ones phone numbers are written with are read as those
 * (folded) without a note: other Unicode spaces (narrow no-break U+202F, thin, figure, ideographic),
 * dashes (U+2010-U+2015, minus U+2212), full-width digits, plus and brackets, and URL-encoded '+',
 * '(', ')', ' ', '-' and "tel:" next to digits (%28415%29%20555-0134, tel%3A%2B44...).
 * Works on latin1 text of UTF-8 bytes, as the rules do.
 */

// UTF-8 bytes as latin1: U+200B-U+200F, U+202A-U+202E, U+2060, U+2066-U+2069, U+FEFF (removed),
// U+00A0 (read as a space), U+00AD soft hyphen (removed).
const HIDDEN_SOURCE = '\\xe2\\x80[\\x8b-\\x8f\\xaa-\\xae]|\\xe2\\x81[\\xa0\\xa6-\\xa9]|\\xef\\xbb\\xbf|\\xc2[\\xa0\\xad]';
// Folded: U+2000-U+200A, U+202F, U+205F, U+3000 (spaces); U+2010-U+2015, U+2212, U+FE63 (dashes);
// U+FF08, U+FF09, U+FF0B, U+FF0D, U+FF10-U+FF19 (full-width brackets, plus, hyphen, digits); and
// percent-encoded phone punctuation next to digits.
const FOLDED_SOURCE =
  '\\xe2\\x80[\\x80-\\x8a\\x90-\\x95\\xaf]|\\xe2\\x81\\x9f|\\xe3\\x80\\x80|\\xe2\\x88\\x92|\\xef\\xb9\\xa3|\\xef\\xbc[\\x88\\x89\\x8b\\x8d\\x90-\\x99]' +
  '|%2[Bb](?=[0-9(]|%28)|%28(?=\\d)|(?<=\\d)%29|(?<=[\\d)]|%29)%20(?=[\\d(+]|%28|%2[Bb])|(?<=\\d)%2[Dd](?=\\d)|(?<=[Tt][Ee][Ll])%3[Aa](?=%2[Bb]|\\d)';
const INVISIBLE_SOURCE = `${HIDDEN_SOURCE}|${FOLDED_SOURCE}`;
const INVISIBLE_AT = new RegExp(INVISIBLE_SOURCE, 'y');
/** The first byte of every invisible or folded character above. */
const LEAD_BYTES = ['\xe2', '\xc2', '\xef', '\xe3', '%'];
const INVISIBLES = new RegExp(INVISIBLE_SOURCE, 'g');
const HIDDEN = new RegExp(`^(?:${HIDDEN_SOURCE})$`);

/** What a folded character is read as. */
function foldedAs(bytes: string): string {
  if (bytes[0] === '%') return decodeURIComponent(bytes);
  const code = Buffer.from(bytes, 'latin1').toString('utf8').charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0); // full-width ASCII
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe63 ? '-' : ' ';
}

/** One invisible or folded character: where it sat in the stripped text, and what it was. */
interface Mark {
  /** Index in the stripped text: of the character it became, or of the character it preceded. */
  at: number;
  /** Its latin1 bytes in the original. */
  bytes: string;
  /** 1 when it became a character in the stripped text, 0 when it was removed. */
  width: 0 | 1;
  /** A hidden character gets a note in a value that held it; a folded one does not. */
  noted: boolean;
}

/** Text without its invisible characters, and where they were. */
export interface StrippedText {
  text: string;
  marks: Mark[];
}

/** One replacement the scan made, in stripped-text positions. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * True when the text holds an invisible character (a quick check before the slower path). Every
 * piece of every log pays for it, so it looks for the lead bytes with indexOf (a fast memchr-like
 * search; a regex over the whole piece cost ~8 % of the rule scan) and tests the pattern only there.
 */
export function hasInvisible(text: string): boolean {
  for (const lead of LEAD_BYTES) {
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      INVISIBLE_AT.lastIndex = at;
      if (INVISIBLE_AT.test(text)) return true;
    }
  }
  return false;
}

/** The text with invisible characters removed (a no-break space becomes a space) and look-alikes folded. */
export function stripInvisible(text: string): StrippedText {
  const marks: Mark[] = [];
  let removed = 0;
  const stripped = text.replace(INVISIBLES, (bytes: string, offset: number) => {
    const noted = HIDDEN.test(bytes);
    const as = noted ? (bytes === '\xc2\xa0' ? ' ' : '') : foldedAs(bytes);
    const width = as.length as 0 | 1;
    marks.push({ at: offset - removed, bytes, width, noted });
    removed += bytes.length - width;
    return as;
  });
  return { text: stripped, marks };
}

/** "U+200B" for a mark's bytes. */
function codePoint(bytes: string): string {
  const char = Buffer.from(bytes, 'latin1').toString('utf8');
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The original text with the scan's edits applied: text outside the edits is copied as it was
 * (invisible characters included), and each replacement that covered invisible characters is
 * followed by a note of each ("[hidden U+200B at 8]": the 8th character of the value as written).
 */
export function applyEdits(original: string, stripped: StrippedText, edits: readonly Edit[]): string {
  const { marks } = stripped;
  let out = '';
  let copiedTo = 0; // in the original
  let m = 0; // first mark not yet passed
  let shift = 0; // original index - stripped index, for positions after the passed marks
  const passMarksBefore = (index: number, includeAt: boolean) => {
    while (m < marks.length && (marks[m]!.at < index || (includeAt && marks[m]!.at === index && marks[m]!.width === 0))) {
      shift += marks[m]!.bytes.length - marks[m]!.width;
      m++;
    }
  };
  for (const edit of edits) {
    // Invisible characters right before the value stay outside it.
    passMarksBefore(edit.start, true);
    const start = edit.start + shift;
    out += original.slice(copiedTo, start);
    const notes: string[] = [];
    let hiddenBefore = 0;
    while (m < marks.length && marks[m]!.at < edit.end) {
      const mark = marks[m]!;
      if (mark.noted) notes.push(`[hidden ${codePoint(mark.bytes)} at ${mark.at - edit.start + hiddenBefore + 1}]`);
      if (mark.width === 0) hiddenBefore++;
      shift += mark.bytes.length - mark.width;
      m++;
    }
    out += edit.replacement + notes.join('');
    copiedTo = edit.end + shift;
  }
  return out + original.slice(copiedTo);
}
