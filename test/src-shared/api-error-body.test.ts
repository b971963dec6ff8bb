import { describe, expect, it } from 'vitest';
import { parseApiErrorBody } from '../../src-shared/api-error-body.js';

describe('parseApiErrorBody', () => {
  it('reads code, message and field errors of a validation failure', () => {
    const reading = parseApiErrorBody('{"code":300,"message":"Validation Failed.","errors":[{"field":"user_info.email","message":"Invalid field."}]}');
    expect(reading).toEqual({
      ok: true,
      code: '300',
      message: 'Validation Failed.',
      fieldProblems: [{ field: 'user_info.email', message: 'Invalid field.' }],
      hint: expect.stringMatching(/fix the fields/i),
    });
  });
  it('explains token and scope codes', () => {
    expect(parseApiErrorBody('{"code":4700,"message":"Invalid access token, does not contain scopes."}')).toMatchObject({ ok: true, code: '4700', hint: expect.stringMatching(/scopes/) });
    expect(parseApiErrorBody('{"code":124,"message":"Invalid access token."}')).toMatchObject({ ok: true, hint: expect.stringMatching(/new token/) });
  });
  it('gives a plain reason for text that is not JSON or not an error body', () => {
    expect(parseApiErrorBody('')).toMatchObject({ ok: false, reason: expect.stringMatching(/paste/i) });
    expect(parseApiErrorBody('<html>400 Bad Request</html>')).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
    expect(parseApiErrorBody('[1,2]')).toMatchObject({ ok: false, reason: expect.stringMatching(/does not look like/) });
  });
});
