// Credentials in prose, chat and deployment files without a key=value separator (issue 24):
// made-up values in the spellings support chats and tickets use; bcrypt/argon2/scrypt strings in
// the formats of their specs (PHC string format, crypt(3)); an Ansible vault header as
// ansible-vault writes it.
import { describe, expect, it } from 'vitest';
import { Redactor, toLatin1Text } from '../../../../src-main/redact/redactor.js';

type Profile = 'minimal' | 'standard' | 'strict';
function redact(text: string, profile: Profile = 'standard'): string {
  return Buffer.from(new Redactor({ profile }).redactText(toLatin1Text(text)).text, 'latin1').toString('utf8');
}

describe('credentials in prose', () => {
  it('takes a password after a user and a slash when the line speaks of a login', () => {
    expect(redact('the admin login of the FortiGate is admin / Herfst2025!Ams')).toBe('the admin login of the FortiGate is admin / <secret-1>');
    expect(redact('login admin / P4ss-Word-9 (printed on the sticker)')).toBe('login admin / <secret-1> (printed on the sticker)');
    expect(redact('the VPN login is mvisser / Tulp-88-Zomer')).toBe('the VPN login is <user-1> / <secret-1>');
    expect(redact('user jdoe / Spring2026!', 'minimal')).toBe('user jdoe / <secret-1>');
  });

  it('takes a key, a PSK and a PIN named in a sentence, in several languages', () => {
    expect(redact('Wi-Fi is `Casa-Silva-5G`, key Jabuticaba#2020')).toContain('key <secret-1>');
    expect(redact('PSK `Senha!wifi77`')).toBe('PSK `<secret-1>`');
    expect(redact('PSK: Gr00n-Huis')).toBe('PSK: <secret-1>');
    expect(redact('PIN do przeniesienia: 7719-2043', 'minimal')).toBe('PIN do przeniesienia: <secret-1>');
    expect(redact('voicemail PIN is 4821')).toBe('voicemail PIN is <secret-1>');
    expect(redact('the admin Pin 99170')).toBe('the admin Pin <secret-1>');
    expect(redact('hasło: Zamek77! and lösenord: Sommar#19')).toBe('hasło: <secret-1> and lösenord: <secret-2>');
    expect(redact('пароль: Zima2026')).toBe('пароль: <secret-1>');
    expect(redact('パスワード: Sakura2026 / 密码: Mima8888x / 비밀번호=Hangul99! / şifre: Kedi2024', 'minimal')).toBe('パスワード: <secret-1> / 密码: <secret-2> / 비밀번호=<secret-3> / şifre: <secret-4>');
  });

  it('takes an OAuth client id and the secret after it on the same line', () => {
    expect(redact('client_id aZ8kQ2pLmN4rT6vX9yB1cD secret 7Hq2Ln9Wc4Xz1Rt6Yp3Ks8Jd5Mf0Gb2V')).toBe('client_id <client-id-1> secret <secret-1>');
    // In minimal the id stays (no secret), the secret goes.
    expect(redact('client_id aZ8kQ2pLmN4rT6vX9yB1cD, client secret: 7Hq2Ln9Wc4Xz1Rt6', 'minimal')).toBe('client_id aZ8kQ2pLmN4rT6vX9yB1cD, client secret: <secret-1>');
  });

  it('keeps prose about credentials and technical words after them', () => {
    const kept = [
      'key points of the password policy: PIN code length 8, key exchange, token expired',
      'Password policy requires 12 characters; PIN length 8, PIN attempts 3, pin 13 high',
      'the PIN changed on 2026-12-08 10:00:01, GPIO pin 4021 state',
      'key exchange done, key ID 4A3F, using key rsa-sha2-512',
      'TCP / UDP, 1 / 3 files, login page / Dashboard2',
      'public key ssh-ed25519 from host key store',
      "missing key 'audio.device' in config, key HKCU\\Software\\Zoom\\Phone not found",
      'request 3f2504e0-4f89-41d3-9a0c-0305e82c3301 version 5.17.11.1234 Call-ID: a84b4c76e66710',
    ];
    for (const line of kept) expect(redact(line), line).toBe(line);
  });
});

describe('keys holding a secret word inside', () => {
  it('takes the value of keys with more words after the secret word, in HCL, .env, JSON and Go', () => {
    const out = redact('ses_smtp_password_v4 = "BNq3kx0Yt8pLmVZ2"\nDB_PASSWORD_PROD=Tr0ub4dor&3\n{"smtpPasswordHash": "9f8e7d6c5b4a3928"}\nADMIN_SECRET_B64: c2VjcmV0\nadminPasswordHash := "x9Fq"', 'minimal');
    expect(out).toBe('ses_smtp_password_v4 = "<secret-1>"\nDB_PASSWORD_PROD=<secret-2>\n{"smtpPasswordHash": "<secret-3>"}\nADMIN_SECRET_B64: <secret-4>\nadminPasswordHash := "<secret-5>"');
  });

  it('keeps keys about a secret', () => {
    const text = 'password_policy: strict\nsecretName: db-creds\npasswordLastSet = 2026-01-01\nsecret_version=3\nDB_PASSWORD_FILE=/run/secrets/db\npassword_length: 12';
    expect(redact(text)).toBe(text);
  });
});

describe('password hashes and vaults', () => {
  it('takes crypt, bcrypt, argon2 and scrypt strings as the value of any key', () => {
    const bcrypt = '$2b$12$KIXQJm2cZl9P0bWn5y8vHeQ3R1xPmXkqJ5Tb1c6UuQk7v1l3yZ0aK';
    const argon = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';
    const scrypt = '$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E';
    const crypt = '$6$rounds=5000$saltsalt$Qq7hK2f0y5yYb1m3nR8uVwXzA9cD4eF6gH8iJ0kL';
    expect(redact(`admin_hash: "${bcrypt}"\nstored = ${argon}\nh: ${scrypt}\nroot:${crypt}:19700:0:99999:7:::`, 'minimal')).toBe('admin_hash: "<secret-1>"\nstored = <secret-2>\nh: <secret-3>\nroot:<secret-4>:19700:0:99999:7:::');
  });

  it('takes an Ansible vault block, under a key or alone, and keeps its header', () => {
    const vault = '$ANSIBLE_VAULT;1.1;AES256\n62313365396662343061393464336163383764373764613633653634306231386433626436623361\n6131333031373733623831623461343463653566386464300a3738356131636332\n';
    expect(redact(`${vault}next: visible`, 'minimal')).toBe('$ANSIBLE_VAULT;1.1;AES256\n<secret-1>\nnext: visible');
    expect(redact('db_pass: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n    6231336539\n    3939\nnext_key: visible', 'minimal')).toBe('db_pass: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n    <secret-1>\nnext_key: visible');
  });

  it('keeps shell variables and prices', () => {
    const text = 'PATH=$PATH:/usr/bin; echo $1 $HOME; price $5 and $6.50; awk \'{print $2$3}\'';
    expect(redact(text)).toBe(text);
  });
});

describe('tokens in links and key file names', () => {
  it('takes ticket attachment tokens and public Slack file secrets', () => {
    expect(redact('see https://support.example.com/attachments/token/Zk83HqPLm2nB7vXyT1wR5s/?name=screenshot.png', 'minimal')).toBe('see https://support.example.com/attachments/token/<secret-1>/?name=screenshot.png');
    expect(redact('https://slack-files.com/T0123ABCD-F0456EFGH-9a8b7c6d5e')).toBe('https://slack-files.com/<cloud-account-1>-F0456EFGH-<secret-1>');
  });

  it('takes a person\'s name in an SSH key file name, not a service or a role', () => {
    expect(redact('ssh -i ~/.ssh/id_ed25519_anouk deploy@host')).toBe('ssh -i ~/.ssh/id_ed25519_<user-1> deploy@host');
    expect(redact('IdentityFile ~/.ssh/id_rsa_pieter.vandenberg')).toBe('IdentityFile ~/.ssh/id_rsa_<user-1>');
    const kept = 'IdentityFile ~/.ssh/id_ed25519_github\nssh -i id_rsa_deploy_prod.pem; id_ed25519_sk; id_rsa.pub';
    expect(redact(kept)).toBe(kept);
    expect(redact('ssh -i ~/.ssh/id_ed25519_anouk', 'minimal')).toBe('ssh -i ~/.ssh/id_ed25519_anouk');
  });

  it('takes a Zoom account id after the word account', () => {
    expect(redact('2026-12-01 10:00:01 INFO token refresh ok (account Xy7Pq2LmN3oRtS9uVwZ1aB)')).toBe('2026-12-01 10:00:01 INFO token refresh ok (account <cloud-account-1>)');
    const kept = 'account settings updated; account abcdefghijklmnopqrstuv';
    expect(redact(kept)).toBe(kept);
  });
});
