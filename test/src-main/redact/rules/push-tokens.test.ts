// Push registration tokens (issue 24): FCM tokens with their instance id, or alone (legacy GCM form);
// APNs device tokens after their keys and as iOS prints them (NSData). Tokens invented, shapes from
// Firebase's and Apple's documentation.
import { describe, it } from 'vitest';
import { expectRedacted } from '../../../helpers/redacted-line.js';

const BODY = 'Hun4MxP5egoKMwt2KZFBaFUH-1RYqx6d1mN3wGzTq0ZC7Kf1mPUVcJxR0hR8YsXo6bqS7fD2iR5kLwK4vYt9dQ2uL3Fx8QeN1pPz0aBcDeFgHiJkLmNoPqRsTuVwXyZ_12345678';
const APNS = '7e6f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f';

describe('push tokens', () => {
  it('takes FCM tokens anywhere, the instance id with them, in every profile', () => {
    for (const profile of ['minimal', 'standard'] as const) {
      expectRedacted(`registered cXk3Tb4RQ0u:APA91b${BODY} ok\n{"to":"dQ9-aB_cD1e:APA91b${BODY.replace('Hun', 'Xun')}"}\nlegacy APA91b${BODY.replace('Hun', 'Yun')}`,
        ['cXk3Tb4RQ0u', 'dQ9-aB_cD1e', BODY.slice(0, 40), BODY.replace('Hun', 'Xun').slice(0, 40), BODY.replace('Hun', 'Yun').slice(0, 40)], ['registered <api-token-', ' ok\n{"to":"<api-token-'], { profile });
    }
  });

  it('takes APNs device tokens after their keys and printed as NSData, and keeps other hex', () => {
    const nsdata = '<740f4707 bebcf74f 9b7c25d4 8e335894 5f6aa01d a5ddb387 462c7eaf 61bb78ad>';
    for (const profile of ['minimal', 'standard'] as const) {
      expectRedacted(`"apns": "${APNS}" device-token: ${APNS.replace('7e', '8e')} push_token=${APNS.replace('7e', '9e')}\ndeviceToken ${nsdata}\nsha256 ${APNS.replace('7e', 'ae')} <0a1b2c3d 4e5f6a7b>`,
        [APNS, APNS.replace('7e', '8e'), APNS.replace('7e', '9e'), '740f4707', '61bb78ad'], [`sha256 ${APNS.replace('7e', 'ae')}`, '<0a1b2c3d 4e5f6a7b>', 'deviceToken <<secret-'], { profile });
    }
  });
});
