/**
 * People's names in scripts without Latin letters (王小明, 山田 花子, 김민준, Иван Петров, Γιώργος
 * Παπαδόπουλος, محمد علي, דוד כהן) and the people and accounts of LDAP distinguished names
 * (CN=Kowalczyk\, Bartholomew,OU=Staff / cn=Mary Ann Lee,ou=... / uid=jdoe,ou=people).
 *
 * How: text arrives as latin1 bytes of UTF-8, so a run of Cyrillic, Greek, Hebrew, Arabic, kana,
 * Han or Hangul starts on a lead byte (\xce-\xd1, \xd7-\xdb, \xe3-\xed) that logs almost never
 * hold: the rule starts there, in a rare pass. Han and Hangul have no capitals, so a run counts as a
 * name only where its context says person: after a person key in any syntax (person-keys.ts), as a
 * quoted display name before <address>, as a chat speaker label at a line's start ([10:42] 田中 太郎:),
 * alone on a signature line (after "--" or a closing word), or after a trigger word of the name rule
 * (call from, Hi). Cyrillic and Greek names are also taken as two or three capitalised words anywhere,
 * and a Greek given name or surname alone (Δήμητρα) by the Greek names of assets/world-names.json.
 */
import { personKeyBefore, personValueAhead, isPersonValue } from '../person-keys.js';
import { foldWord, isFirstName, isGreekName, isNotName, isSurname } from '../name-lexicon.js';
import { isIntroducer, nameAfterLabel, nameInScriptRun } from '../script-name-context.js';
import { simple, type MatchContext } from './rule-types.js';

/** A Greek or Cyrillic letter as UTF-8 bytes. */
const CASED_LETTER = '[\\xce-\\xd1][\\x80-\\xbf]';
/** A letter of the scripts without capitals: Hebrew, Arabic (two bytes), kana, Han, Hangul (three). */
const UNCASED_LETTER = '(?:[\\xd7-\\xdb][\\x80-\\xbf]|[\\xe3-\\xed][\\x80-\\xbf]{2}|\\xe0[\\xa4-\\xbb][\\x80-\\xbf]|\\xef\\xbc[\\x81\\x8c\\x9f])';

/** A chat speaker label's line start: nothing but a time, a date or brackets before the name. */
const SPEAKER_LINE_START = /(?:^|\n)[^A-Za-z\x80-\xff\n]{0,40}$/;
/** After a speaker's name: its colon (ASCII or full-width) or the closing bracket of <name>. */
const SPEAKER_END = /^[ \t]?(?::|\xef\xbc\x9a|>)/;
/** A signature line above: "--", a rule, or a closing word. */
const SIGNATURE_BEFORE = /(?:^|\n)[ \t]*(?:--[ ]?|_{2,}|-{3,}|(?:best regards|kind regards|regards|thanks|thank you|cheers|sincerely|best|br)[,.!]?|\xd1\x81 \xd1\x83\xd0\xb2\xd0\xb0\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5\xd0\xbc[,.]?|\xe6\xad\xa4\xe8\x87\xb4|\xe8\xb0\xa2\xe8\xb0\xa2[,.!]?)[ \t]*\r?\n[ \t]*$/i;
/** The rest of the line after a signature's name: nothing. */
const LINE_END = /^[ \t]*(?:\r?\n|$)/;
/** A display name: quoted before an address in angle brackets ("张伟" <zw@example.com>). */
const DISPLAY_QUOTE_BEFORE = /(?:"|&quot;|\\")$/;
const DISPLAY_AFTER = /^(?:"|&quot;|\\")[ \t]*(?:<|&lt;)/;
/** Before a SIP or tel URI the display-name rule (identity.ts) takes the name, quotes and all. */
const SIP_DISPLAY_AFTER = /^(?:"|&quot;|\\")[ \t]*(?:<|&lt;)(?:sips?:|tel:|\+\d)/;
/** An unquoted display name after an address header (From: 张伟 <zw@example.com>). */
const HEADER_BEFORE = /(?:^|\n)(?:From|To|Cc|Reply-To|Sender)[ \t]*:[ \t]*$/i;

/** A capitalised Cyrillic or Greek word: an upper-case letter, then lower-case ones. */
const CYRILLIC_WORD = '(?:\\xd0[\\x80-\\xaf])(?:\\xd0[\\xb0-\\xbf]|\\xd1[\\x80-\\x9f])+';
const GREEK_WORD = '(?:\\xce[\\x86\\x88-\\x8f\\x91-\\xa9])(?:\\xce[\\xac-\\xbf]|\\xcf[\\x80-\\x8e])+';
const PAIR = `(?:${CYRILLIC_WORD})(?: (?:${CYRILLIC_WORD})){1,2}|(?:${GREEK_WORD})(?: (?:${GREEK_WORD})){1,2}`;
const CAPITALISED_PAIR = new RegExp(`^(?:${PAIR})$`);
/** One capitalised Greek word, the whole run. */
const GREEK_CAPITAL = new RegExp(`^${GREEK_WORD}$`);
/**
 * A run: two or three capitalised Cyrillic or Greek words, else one Cyrillic or Greek word (so a
 * sentence's pair is still found further on: Звонок от Ивана Петрова), else up to four words of
 * the uncased scripts with single spaces or a middle dot between them (田中 太郎, ジョン・スミス).
 */
const RUN = `(?:${PAIR})(?![\\x80-\\xff])|(?:${CASED_LETTER})+|${UNCASED_LETTER}+(?:(?:[ ]|\\xc2\\xb7|\\xe3\\x83\\xbb)${UNCASED_LETTER}+){0,3}`;

/** Han, Hangul and kana labels a chat or form line starts with that are no people (Error:, Warning:, Status:). */
const NOT_SPEAKERS = new Set(
  (
  '错误 警告 信息 注意 提示 原因 结果 状态 时间 日期 地址 备注 说明 问题 描述 步骤 系统 服务器 客户端 网络 日志 用户 消息 回复 ' +
  'エラー 情報 結果 状態 時間 日付 住所 備考 説明 問題 症状 手順 場所 メッセージ 返信 ' +
  '오류 경고 정보 상태 시간 날짜 주소 문제 설명 메시지 답장 원인 결과 ' +
  '用户名 账号 密码 ユーザー名 パスワード 사용자 비밀번호 الخطأ خطأ تحذير الحالة الوقت التاريخ ملاحظة معلومات السبب النتيجة'
  ).split(' '),
);

/**
 * A name's reading right after it in full-width or ASCII brackets: kana in two words (やまだ たろう)
 * or two capitalised romaji words (Yamada Taro). Groups: the opening bracket, the reading, the closing one.
 */
const READING_AFTER = /^(\xef\xbc\x88|\()((?:\xe3(?:\x81[\x81-\xbf]|\x82[\x80-\xbf]|\x83[\x80-\xbf]))+(?:[ ]|\xe3\x80\x80|\xe3\x83\xbb)(?:\xe3(?:\x81[\x81-\xbf]|\x82[\x80-\xbf]|\x83[\x80-\xbf]))+|[A-Z][a-z]+ [A-Z][a-z]+)(\xef\xbc\x89|\))/;

/** The run as text (UTF-8 decoded). */
function decoded(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/** True when a run of non-Latin letters is a person's name by its context (see the file comment). */
function isNameInContext(c: MatchContext, run: string, strongTriggerBefore: (before: string) => boolean): boolean {
  const before = c.textBefore(80);
  const after = c.textAfter(run.length - 1, 40);
  const text = decoded(run);
  if (CAPITALISED_PAIR.test(run)) return true;
  // Δήμητρα, Γιώργος alone: a Greek given name or surname by the name list (capitalised, as names are written).
  if (GREEK_CAPITAL.test(run) && isGreekName(foldWord(text))) return true;
  if (DISPLAY_QUOTE_BEFORE.test(before) && DISPLAY_AFTER.test(after)) return true;
  if (HEADER_BEFORE.test(before) && /^[ \t]*(?:<|&lt;)/.test(after)) return true;
  const short = text.replace(/[ \u00b7\u30fb]/g, '').length <= 8 && !NOT_SPEAKERS.has(text);
  if (short && SPEAKER_LINE_START.test(before) && SPEAKER_END.test(after)) return !/^[\u30a0-\u30ff]+$/.test(text) && !/^[\u0400-\u04ff]+$/.test(text);
  if (short && SIGNATURE_BEFORE.test(before) && LINE_END.test(after)) return true;
  return short && strongTriggerBefore(before);
}

/**
 * The rule's regex source (three groups: the run, an LDAP value, the ',' after it). It is joined to
 * the name rule's pattern (person-names.ts): a pass of its own cost ~7 ms per 8 MB of log (every
 * pass visits every position), and as the ninth rule of a rare pass it hit V8's regex cliff.
 */
export const SCRIPT_NAME_PATTERN =
    // 1: a run of non-Latin letters, from its first letter.
    // Only its first byte is matched (a rule starts on a character, never a lookaround); the run is
    // looked at ahead and covered when it is a name, so a rejected run hides nothing.
    `[\\xce-\\xd1\\xd7-\\xdb\\xe0\\xe3-\\xed](?<![\\x80-\\xff][\\s\\S])(?<=(?=(${RUN}))[\\s\\S])` +
    // 2, 3: an LDAP relative name's value (cn= or uid=) before the next ",ou=", ",dc=", ",cn=", ",o=".
    `|=(?<=(?:^|[^A-Za-z0-9_])(?:[Cc][Nn]|[Uu][Ii][Dd])=)(?=((?:[^,\\\\\\r\\n=]|\\\\.){1,120})(,[ ]?(?:[Oo][Uu]|[Dd][Cc]|[Cc][Nn]|[Oo])=))`;

/**
 * The replacement of a match of SCRIPT_NAME_PATTERN whose groups start at `first` in the joined
 * rule, or null to keep it; `strongTriggerBefore` is the name rule's trigger test (call from, Hi).
 */
export function replaceScriptName(c: MatchContext, first: number, strongTriggerBefore: (before: string) => boolean): string | null {
    const run = c.group(first);
    if (run !== undefined) {
      if (SIP_DISPLAY_AFTER.test(c.textAfter(run.length - 1, 24))) return null;
      // After a person key the whole value goes, Latin words beside the script's included.
      const key = personKeyBefore(c.textBefore(48));
      if (key !== null) {
        const value = personValueAhead(c.textAfter(-1, 160), key);
        if (value.length >= run.length && isPersonValue(decoded(value), key)) {
          c.coverAfter(value.length - 1);
          return simple(c, 'name', foldWord(decoded(value)));
        }
      }
      const text = decoded(run);
      // 联系人：, 담당자:, الاسم: a label before a name, not one.
      if (isIntroducer(text)) {
        // The name after the label's colon starts no run of its own (a run starts only after ASCII).
        const after = c.textAfter(run.length - 1, 60);
        const afterText = decoded(after);
        const label = nameAfterLabel(afterText);
        if (label === null) return null;
        const start = Buffer.byteLength(afterText.slice(0, label[0]), 'utf8');
        const name = after.slice(start, start + Buffer.byteLength(afterText.slice(label[0], label[1]), 'utf8'));
        c.coverAfter(run.length - 1 + start + name.length);
        return run + after.slice(0, start) + simple(c, 'name', foldWord(decoded(name)));
      }
      // 我是王建国, 田中様, 저는 김민준입니다, คุณสมชาย: the name inside the run, by the words around it.
      const span = nameInScriptRun(text, decoded(c.textBefore(24)));
      if (span !== null) {
        const start = Buffer.byteLength(text.slice(0, span[0]), 'utf8');
        const name = run.slice(start, start + Buffer.byteLength(text.slice(span[0], span[1]), 'utf8'));
        c.coverAfter(start + name.length - 1);
        return run.slice(0, start) + simple(c, 'name', foldWord(decoded(name)));
      }
      // 山田太郎（やまだ たろう）, 山田 太郎（Yamada Taro）: a name with its reading beside it.
      const reading = READING_AFTER.exec(c.textAfter(run.length - 1, 80));
      // (Audio Settings) beside 音声設定 is a translation, not a reading.
      if (reading && text.replace(/ /g, '').length <= 5 && !reading[2]!.split(' ').some((w) => isNotName(w.toLowerCase()))) {
        c.coverAfter(run.length - 1 + reading[0].length);
        const placeholder = simple(c, 'name', foldWord(text));
        return `${placeholder}${reading[1]}${placeholder}${reading[3]}`;
      }
      if (!isNameInContext(c, run, strongTriggerBefore)) return null;
      c.coverAfter(run.length - 1);
      return simple(c, 'name', foldWord(decoded(run)));
    }
    const value = c.group(first + 1)!;
    const uid = /[Uu]/.test(c.textBefore(3)[0] ?? '');
    if (uid) {
      if (!/^[\w.-]+$/.test(value)) return null;
      c.coverAfter(value.length);
      return `=${simple(c, 'user', value.toLowerCase())}`;
    }
    const name = decoded(value.replace(/\\(.)/g, '$1'));
    const words = name.split(/[\s,]+/).filter(Boolean);
    const known = words.length > 1 || isFirstName(foldWord(words[0] ?? '')) || isSurname(foldWord(words[0] ?? ''));
    if (!known || !isPersonValue(name, { key: 'cn', quote: '', element: false, general: true })) return null;
    c.coverAfter(value.length);
    return `=${simple(c, 'name', foldWord(name))}`;
  }
