// Names in non-Latin scripts where the context says person, and LDAP names; what must stay beside them.
import { describe, expect, it } from 'vitest';
import { expectRedacted, redactLine } from '../../../helpers/redacted-line.js';

const NAMED: [line: string, names: string[]][] = [
  ['{"name": "陈静怡", "owner": "佐藤 健", "contact": "박서연"}', ['陈静怡', '佐藤', '健', '박서연']],
  ['display_name=Дмитрий Орлов state=1', ['Дмитрий', 'Орлов']],
  ['assignee: Ελένη Κωνσταντίνου', ['Ελένη', 'Κωνσταντίνου']],
  ['<owner>نور حسن</owner> <signer>רחל לוי</signer>', ['نور حسن', 'רחל לוי']],
  ['From: "高橋 真由美" <mayumi@example.org>', ['高橋', '真由美']],
  ['To: "Наталья Козлова" <sip:2002@example.com>', ['Наталья', 'Козлова']],
  ['[09:15] 鈴木 一郎: 聞こえますか', ['鈴木', '一郎']],
  ['2026-12-01 14:03 이서준: 다시 걸어 주세요', ['이서준']],
  ['Сергей Волков: связь пропала', ['Сергей', 'Волков']],
  ['Thanks,\n--\n周杰\nHelpdesk', ['周杰']],
  ['С уважением,\nАнна Морозова', ['Анна', 'Морозова']],
  ['Передал звонок Алексею Смирнову вчера', ['Алексею', 'Смирнову']],
  ['call from 黄志强 dropped', ['黄志强']],
  ['CN=Wiśniewska\\, Agnieszka,OU=Sales,DC=corp,DC=example', ['Wiśniewska', 'Agnieszka']],
  ['cn=Tomasz Zielinski,ou=Users,dc=example,dc=org', ['Tomasz Zielinski']],
  ['uid=kzielinski,ou=people,dc=example,dc=org', ['kzielinski']],
  // A Greek name alone, by the Greek names of world-names.json; a single Cyrillic word after a trigger, whole.
  ['Γιώργος Παπαδόπουλος called, and Δήμητρα too', ['Γιώργος', 'Παπαδόπουλος', 'Δήμητρα']],
  ['ask Αικατερίνη about the trunk', ['Αικατερίνη']],
  ['call from Иван dropped', ['Иван']],
];

const KEPT = [
  '错误: 连接超时 (error 408)',
  'エラー: ネットワークに接続できません',
  '오류: 등록 실패',
  'Ошибка: соединение разорвано',
  'Σφάλμα δικτύου: η σύνδεση διακόπηκε',
  '音声が途切れます。再接続しました。',
  'tz=Asia/Shanghai lang=zh-CN 中文',
  'CN=Domain Users,CN=Users,DC=corp,DC=example',
  'CN=WIN-SRV01,OU=Servers,DC=corp,DC=example',
];

describe('names in non-Latin scripts and LDAP names', () => {
  it.each(NAMED)('removes the names in: %s', (line, names) => {
    expectRedacted(line, names);
  });

  it.each(KEPT)('keeps: %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });

  it('finds every fixture name and takes nothing from the kept lines (recall and false positives)', () => {
    const found = NAMED.filter(([line, names]) => names.every((name) => !redactLine(line).includes(name))).length;
    const falsePositives = KEPT.filter((line) => redactLine(line) !== line).length;
    expect({ recall: `${found}/${NAMED.length}`, falsePositives }).toEqual({ recall: `${NAMED.length}/${NAMED.length}`, falsePositives: 0 });
  });

  it('gives a name one placeholder under a key and as a speaker, and a uid a user placeholder', () => {
    expect(redactLine('name=Сергей Волков\nСергей Волков: алло')).toBe('name=<name-1>\n<name-1>: алло');
    expect(redactLine('uid=kzielinski,ou=people,dc=example,dc=org')).toBe('uid=<user-1>,ou=people,dc=example,dc=org');
  });
});

describe('names in scripts without capitals, by the words around them', () => {
  it.each([
    ['你好，我是王建国，电话打不通', '王建国'],
    ['我叫李娜。', '李娜'],
    ['联系人：张伟', '张伟'],
    ['姓名：陈静怡', '陈静怡'],
    ['王老师，你好', '王'],
    ['李先生您好', '李'],
    ['山田太郎（やまだ たろう）です', '山田太郎'],
    ['山田 太郎（Yamada Taro）', '山田'],
    ['私は佐藤健です', '佐藤健'],
    ['担当：鈴木一郎', '鈴木一郎'],
    ['田中様、お世話になっております', '田中'],
    ['中村さんから電話がありました', '中村'],
    ['저는 김민준입니다', '김민준'],
    ['담당자: 박서연', '박서연'],
    ['이지은님 안녕하세요', '이지은'],
    ['คุณสมชาย ใจดี โทรมา', 'สมชาย'],
    ['ชื่อ สมศรี มีสุข', 'สมศรี'],
    ['device iPhone ของ สมชาย registered', 'สมชาย'],
    ['اسمي أحمد الحربي', 'أحمد'],
    ['الاسم: فاطمة الزهراء', 'فاطمة'],
    ['المهندس خالد العتيبي', 'خالد'],
    ['मेरा नाम राहुल शर्मा है', 'राहुल'],
  ])('%s', (line, name) => {
    const out = expectRedacted(line, [name]);
    expect(out).toMatch(/<name-1>/);
  });

  it.each([
    '音声設定（Audio Settings）を確認してください',
    'この仕様は同様です。皆様、お客様へ',
    '多様性と様々な設定',
    'คุณภาพเสียงไม่ดี',
    'ตรวจสอบคุณสมบัติของอุปกรณ์',
    '错误：网络连接失败',
    '状态：已连接',
    '客户端版本 5.17.0',
    '오류: 네트워크 연결 실패',
    '고객님 안녕하세요',
    '관리자님께 문의하세요',
    'الخطأ: فشل الاتصال بالشبكة',
    'नेटवर्क त्रुटि',
  ])('keeps: %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });
});
