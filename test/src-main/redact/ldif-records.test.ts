// LDIF records (RFC 2849; the shapes ldapsearch and ldifde print), through the stream as files go;
// people, numbers and passwords made up.
import { describe, expect, it } from 'vitest';
import { redactedStream } from '../../helpers/redacted-stream.js';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const LDIF = [
  '# extended LDIF',
  '# base <dc=example,dc=com> with scope subtree',
  '',
  'dn: cn=Oswin Thackeray,ou=People,dc=example,dc=com',
  'objectClass: inetOrgPerson',
  'cn: Oswin Thackeray',
  'sn: Thackeray',
  'givenName: Oswin',
  'displayName: Oswin Thackeray',
  'uid: othackeray',
  'mail: oswin.thackeray@example.com',
  'telephoneNumber: +1 408 555 0134',
  'mobile: +44 7700 900461',
  'postalAddress: 42 Quayside Lane$Gateshead$NE8 2BH',
  'street: 42 Quayside Lane',
  'l: Gateshead',
  'employeeNumber: 880412',
  'carLicense: KX19 ABC',
  'title: Support Engineer',
  'userPassword: {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=',
  'manager: cn=Ysolde Marchetti,ou=People,dc=example,dc=com',
  'loginShell: /bin/bash',
  'uidNumber: 10042',
  '',
  `dn:: ${b64('cn=Ramón López,ou=People,dc=example,dc=com')}`,
  `cn:: ${b64('Ramón López')}`,
  `description:: ${b64('Call me on +1 408 555 0199')}`,
  `userPassword:: ${b64('{CRYPT}$6$saltY$Qwerty1234567890')}`,
  'jpegPhoto:: /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDAoUDQwLCwwZEhMP',
  ' FBodGhwcIBwcICQuJyAiLCMcHCg3KSwwMTQ0NB8nOT04MjwuMzQy/9sAQwEJCQkMCwwYDQ0YMiEc',
  ' ITIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAB',
  'objectClass: person',
  '',
  '# search result',
  'result: 0 Success',
  '',
].join('\n');

describe('LDIF records', () => {
  it('takes the values of personal attributes, decoded base64 and photos, and keeps the structure', async () => {
    const out = await redactedStream(LDIF);
    for (const gone of ['Oswin', 'Thackeray', 'othackeray', '408 555 0134', '7700 900461', 'Quayside', 'Gateshead', '880412', 'KX19 ABC', 'W6ph5Mm5Pz8', 'Ysolde', 'Marchetti',
      b64('Ramón López'), 'Ramón', 'L\u00f3pez', b64('{CRYPT}$6$saltY$Qwerty1234567890'), '555 0199', '/9j/4AAQ', 'FBodGhwc', 'ITIyMjIy']) {
      expect(out, `${gone} survived in:\n${out}`).not.toContain(gone);
    }
    for (const kept of ['# extended LDIF', ',ou=People,dc=example,dc=com', 'objectClass: inetOrgPerson', 'title: Support Engineer', 'loginShell: /bin/bash', 'uidNumber: 10042',
      'objectClass: person', 'result: 0 Success', 'jpegPhoto:: <', 'userPassword: <', 'description: Call me on <phone']) {
      expect(out, `${kept} lost in:\n${out}`).toContain(kept);
    }
  });

  it('gives one person one placeholder in a DN, an attribute and decoded base64', async () => {
    const out = await redactedStream(LDIF);
    const name = /^cn: (<name-\d+>)$/m.exec(out)![1]!;
    expect(out).toContain(`dn: cn=${name},ou=People`);
    expect(out).toContain(`displayName: ${name}`);
  });

  it('takes a photo folded over the end of a piece', async () => {
    const out = await redactedStream(LDIF, 'standard', 5);
    for (const gone of ['Oswin', '/9j/4AAQ', 'FBodGhwc', 'ITIyMjIy']) expect(out, out).not.toContain(gone);
    expect(out).toContain('objectClass: person');
  });

  it("keeps the names of groups and machines, and still takes their members' names", async () => {
    const out = await redactedStream([
      'dn: cn=Zoom Phone Admins,ou=Groups,dc=example,dc=com',
      'objectClass: groupOfNames',
      'cn: Zoom Phone Admins',
      'description: Desk phone provisioning',
      'member: cn=Oswin Thackeray,ou=People,dc=example,dc=com',
      '',
      'dn: cn=Voice Gateways,dc=example,dc=com',
      'objectClass: posixGroup',
      'cn: Voice Gateways',
      '',
      'dn: cn=Brynja Solheim,ou=People,dc=example,dc=com',
      'cn: Brynja Solheim',
      '',
    ].join('\n'));
    for (const kept of ['dn: cn=Zoom Phone Admins,ou=Groups', 'cn: Zoom Phone Admins', 'cn: Voice Gateways']) expect(out, out).toContain(kept);
    for (const gone of ['Oswin', 'Thackeray', 'Brynja', 'Solheim']) expect(out, out).not.toContain(gone);
  });

  it('takes passwords in the minimal profile and leaves names to the others', async () => {
    const out = await redactedStream(LDIF, 'minimal');
    expect(out).not.toContain('W6ph5Mm5Pz8');
    expect(out).toContain('givenName: Oswin');
  });

  it('leaves text without a dn: line alone', async () => {
    const text = 'INFO sn: 4 cn: 5 uid: 6\nl: 3 street: none\n';
    expect(await redactedStream(text)).toBe(text);
  });
});
