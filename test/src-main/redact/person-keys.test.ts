// Whole names after keys that say person (particles, apostrophes, hyphens, upper case), and places kept.
import { describe, expect, it } from 'vitest';
import { personKeyBefore } from '../../../src-main/redact/person-keys.js';
import { expectRedacted, redactLine } from '../../helpers/redacted-line.js';

describe('names under person keys', () => {
  it.each([
    ['holder=Van der Berg amount=12', ['Van', 'Berg']],
    ['"account_holder": "MARIA-LUISA GONZAGA"', ['MARIA', 'LUISA', 'GONZAGA']],
    ['"cardholder": "JUERGEN WEISSMUELLER"', ['JUERGEN', 'WEISSMUELLER']],
    ['assignee: de la Cruz', ['Cruz', 'de la']],
    ['requester: Siobhan O\'Connell', ['Siobhan', 'Connell']],
    ['employee=Anne-Sophie Martin', ['Anne', 'Sophie', 'Martin']],
    ['patient: Thaís Oliveira', ['Tha', 'Oliveira']],
    ['<recipient>Dr. Kwabena Owusu-Ansah</recipient>', ['Kwabena', 'Owusu', 'Ansah']],
    ['signer="Maria de los Ángeles Rubio"', ['Maria', 'ngeles', 'Rubio']],
    ['Attendee Name: Ji-woo Park', ['Ji-woo', 'Park']],
  ])('%s', (line, gone) => {
    expectRedacted(line, gone);
  });

  it('takes a full name after keys of a role, in JSON and in JSON escaped inside a log line', () => {
    const out = expectRedacted(
      '{"user": "Tavita Faleolo", "driver": "Kalani Akana", "agent": "Nomvula Dlamini", "caller": "Ruslan Abenov", "assignee": "Mpho Sithole", ' +
        '"requester": "Tenzin Dorje", "author": "Oyelaran Babatunde", "owner": "Wiremu Tane", "escalatedBy": "Ifeoma Chukwu"}',
      ['Tavita', 'Kalani', 'Nomvula', 'Ruslan', 'Mpho', 'Tenzin', 'Oyelaran', 'Wiremu', 'Ifeoma'],
    );
    expect(out).toContain('"driver": "<name-');
    expectRedacted('INFO body={\\"user\\":\\"Tavita Faleolo\\",\\"driver\\": \\"Kalani Akana\\",\\"id\\":42}', ['Tavita', 'Kalani'], ['\\"id\\":42}']);
    expectRedacted('payload "{\\"owner\\": \\"Wiremu Tane\\", \\"agent\\": \\"Zoom Phone\\"}"', ['Wiremu'], ['\\"Zoom Phone\\"']);
    expect(personKeyBefore('{\\"user\\": \\"')).toMatchObject({ key: 'user', quote: '\\"', fullName: true });
  });

  it('keeps products, teams, drivers and placeholders of no one under the same keys', () => {
    for (const line of [
      '{"agent": "Zoom Phone", "owner": "IT Helpdesk", "user": "Call Queue", "agent": "Agent Scorecard"}',
      '{"driver": "Realtek Audio", "driver": "Intel Smart Sound Technology", "driver": "Cirrus Logic", "driver": "usbaudio.sys"}',
      '{"user": "System Administrator", "owner": "Network Operations", "agent": "Mozilla Firefox", "agent": "Virtual Agent"}',
      '{"requester": "Help Desk", "assignee": "Tier Two", "assignee": "Level 2 Support", "owner": "Unassigned", "author": "Apple Inc"}',
      '{"owner": "Auto Receptionist", "user": "Hot Desking", "assignee": "Shared Line Group"}',
    ]) {
      expect(redactLine(line)).toBe(line);
    }
  });

  it('keeps technical values under the same keys', () => {
    for (const line of ['"name": "Audio Device"', 'owner=system', 'agent: Zoom Phone Desktop', 'host=Main Menu', '"name": "CallQualityMonitor"', 'contact: Reception']) {
      expect(redactLine(line)).toBe(line);
    }
  });

  it('reads the key before a value in each syntax', () => {
    expect(personKeyBefore('"cardholder": "')).toMatchObject({ key: 'cardholder', quote: '"' });
    expect(personKeyBefore('account.1.owner_name = ')).toMatchObject({ key: 'ownername', quote: '' });
    expect(personKeyBefore('<assignee type="user">')).toMatchObject({ key: 'assignee', element: true });
    expect(personKeyBefore('From Name: ')).toMatchObject({ key: 'fromname' });
    expect(personKeyBefore('level=')).toBeNull();
    expect(personKeyBefore('a == ')).toBeNull();
  });
});

describe('places are not people', () => {
  it.each([
    'Flew from São Paulo to Rio de Janeiro via Buenos Aires and New Delhi, then Frankfurt am Main',
    'The office in Los Angeles, Hong Kong and Mexico City',
    'Call Quality, Network Monitor, Jitter Buffer, Echo Cancellation, Audio Device, Zoom Phone',
    'tz=Asia/Shanghai Europe/Moscow America/Sao_Paulo',
  ])('keeps: %s', (line) => {
    expect(redactLine(line)).toBe(line);
  });
});
