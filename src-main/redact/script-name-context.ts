/**
 * Where a name sits inside a run of text in a script without capitals (Chinese, Japanese, Korean,
 * Thai, Arabic, Hindi), by the words around it: after a phrase that introduces a person (我是,
 * 我叫, 联系人, 姓名, 私は, 担当, 저는, 담당자, คุณ, ชื่อ, اسمي, الاسم, المهندس, मेरा नाम) or before an
 * honorific (様, さん, 先生, 老师, 님). Works on decoded text; the rule turns the span back into bytes.
 */

/** Phrases after which a person's name follows (a colon and spaces may stand between). */
const INTRODUCERS = [
  // Chinese.
  '我是', '我叫', '我的名字是', '联系人', '聯絡人', '联系人是', '姓名', '名字', '负责人', '負責人', '经办人', '来电人',
  // Japanese.
  '私は', '私の名前は', '担当の', '担当者', '担当', '氏名', '名前', 'わたしは',
  // Korean.
  '저는', '제 이름은', '이름은', '담당자', '이름', '성명',
  // Thai (written joined to the name: คุณสมชาย).
  'คุณ', 'ชื่อ', 'นางสาว', 'นาย', 'นาง',
  // Arabic.
  'اسمي', 'الاسم', 'المهندس', 'المهندسة', 'السيد', 'السيدة', 'الأستاذ', 'الأستاذة', 'الدكتور', 'الدكتورة',
  // Hindi.
  'मेरा नाम', 'नाम', 'श्री', 'श्रीमती',
].sort((a, b) => b.length - a.length);

/** Honorifics written right after a name. */
const HONORIFICS = ['先生', '女士', '小姐', '老师', '老師', '经理', '經理', '様', 'さま', 'さん', 'くん', 'ちゃん', '氏', '殿', '선생님', '님', '씨'];

/** Words before an honorific that are no name (お客様, 皆さん, 고객님, 관리자님). */
const NOT_NAMES = new Set(['皆', '客', 'お客', '各位', '仕', '同', '多', '模', '神', '고객', '선생', '회원', '여러분', '사장', '부장', '과장', '팀장', '담당자', '관리자', '사용자', '기사', '상담사', '대표']);

/** Korean endings and particles after a name (김민준입니다, 박서연이에요, 이지은님). */
const KOREAN_TAIL = /(?:입니다만?|이에요|예요|이고|이라고|라고|님|씨|에게|께서|한테|은|는|이|가|을|를|의)$/u;

const HAN = /[\u3400-\u9fff\u3005]/u;
const SEPARATOR = /[\s:：,，、。.!！?？]/u;

/** The name that starts at `from` after an introducer: [start, end) in `text`, or null. */
function nameAt(text: string, from: number): [number, number] | null {
  let i = from;
  while (i < text.length && /[\s:：]/u.test(text[i]!)) i++;
  const start = i;
  const first = text[i] ?? '';
  if (HAN.test(first)) {
    // Han: up to four characters, then a second word after one space (山田 太郎).
    while (i < text.length && i - start < 4 && HAN.test(text[i]!)) i++;
    if (text[i] === ' ' && HAN.test(text[i + 1] ?? '')) {
      const second = i + 1;
      i = second;
      while (i < text.length && i - second < 3 && HAN.test(text[i]!)) i++;
    }
  } else if (/[\u30a0-\u30ff]/u.test(first)) {
    while (i < text.length && /[\u30a0-\u30ff\u00b7]/u.test(text[i]!)) i++;
  } else if (/[\uac00-\ud7af]/u.test(first)) {
    while (i < text.length && /[\uac00-\ud7af]/u.test(text[i]!)) i++;
    const word = text.slice(start, i).replace(KOREAN_TAIL, '');
    i = start + Math.min(word.length, 4);
  } else if (/[\u0e00-\u0e7f\u0600-\u06ff\u0900-\u097f]/u.test(first)) {
    // Thai, Arabic, Devanagari: a given name and a family name, two words at most.
    const words = /^[\u0e00-\u0e7f\u0600-\u06ff\u0900-\u097f]+(?: [\u0e00-\u0e7f\u0600-\u06ff\u0900-\u097f]+)?/u.exec(text.slice(start));
    if (!words) return null;
    i = start + words[0].length;
  } else {
    return null;
  }
  return i - start >= (HAN.test(first) ? 2 : 1) && !SEPARATOR.test(text[start]!) ? [start, i] : null;
}

/** A device word just before the run (iPhone ของ สมชาย). */
const DEVICE_BEFORE = /(?:iPhone|iPad|MacBook|Macbook|iMac|Galaxy|Pixel|Surface|Laptop|laptop|PC|Phone|phone|Tablet)(?: [A-Za-z0-9+]{1,12}){0,3} $/;

/** Thai words that start with คุณ (you, Khun) and are no title: quality, properties, value, feature. */
const THAI_KHUN_WORDS = /^คุณ(?:ภาพ|สมบัติ|ค่า|ลักษณะ|ประโยชน์)/u;

/**
 * The span [start, end) of a person's name inside a run of non-Latin text (decoded), found by an
 * introducing phrase before it or an honorific after it; `before` is the decoded text before the
 * run (an introducer may end there: 联系人：张伟). Null when the run's words say no person.
 */
export function nameInScriptRun(run: string, before: string): [number, number] | null {
  const tail = before.replace(/[\s:：]+$/u, '');
  if (INTRODUCERS.some((w) => tail.endsWith(w)) && tail !== before) return nameAt(run, 0);
  // iPhone ของ สมชาย: Thai "of" after a device word.
  if (run.startsWith('ของ ') && DEVICE_BEFORE.test(before)) return nameAt(run, 4);
  for (let at = 0; at < run.length; at++) {
    for (const word of INTRODUCERS) {
      // Chinese and Japanese write no spaces: a phrase counts anywhere in the run (你好我是王伟).
      if (run.startsWith(word, at) && !(word === 'คุณ' && THAI_KHUN_WORDS.test(run.slice(at)))) {
        const span = nameAt(run, at + word.length);
        if (span) return span;
      }
    }
  }
  for (const honorific of HONORIFICS) {
    const at = run.indexOf(honorific);
    if (at <= 0) continue;
    // 様々 (various) and 様子 are words, not a title.
    if (honorific === '様' && /[々子式]/u.test(run[at + 1] ?? '')) continue;
    let start = at;
    const script = HAN.test(run[at - 1]!) ? HAN : /[\u30a0-\u30ff]/u.test(run[at - 1]!) ? /[\u30a0-\u30ff\u00b7]/u : /[\uac00-\ud7af]/u;
    while (start > 0 && at - start < 4 && script.test(run[start - 1]!)) start--;
    const name = run.slice(start, at);
    const jaTitle = honorific === '様' || honorific === 'さん' || honorific === 'さま';
    if (name.length === 0 || NOT_NAMES.has(name) || (jaTitle && name.length < 2 && HAN.test(name))) continue;
    return [start, at];
  }
  return null;
}

/** The name after an introducing label and its colon (the text after 联系人 in 联系人：张伟): [start, end), or null. */
export function nameAfterLabel(after: string): [number, number] | null {
  const colon = /^[ \t]*[:：][ \t]*/u.exec(after);
  return colon ? nameAt(after, colon[0].length) : null;
}

/** True when a whole run is only an introducing word (联系人, 담당자, الاسم): a label, never a name. */
export function isIntroducer(run: string): boolean {
  return INTRODUCERS.includes(run.trim());
}
