import { describe, expect, it } from 'vitest';
import { mergePolicy, NO_POLICY, type PolicySourceReading } from '../../src-shared/org-policy.js';
import { limitLogWindow, limitRedaction, limitTotalMb, screenshotsAllowed, signedRequestsRequired } from '../../src-shared/policy-limits.js';

const policyOf = (values: Record<string, unknown>, source = 'policy.json') => mergePolicy([{ source, values }]);

describe('mergePolicy', () => {
  it('takes each key from the highest source that sets it and ignores keys it does not know', () => {
    const readings: PolicySourceReading[] = [
      { source: 'high', values: { maxTotalMb: 10, somethingNewer: true } },
      { source: 'middle', values: {}, ignored: 'writable by everyone' },
      { source: 'low', values: { maxTotalMb: 500, allowScreenshots: false } },
    ];
    const policy = mergePolicy(readings);
    expect(policy.settings).toEqual({ maxTotalMb: { value: 10, source: 'high' }, allowScreenshots: { value: false, source: 'low' } });
    expect(policy.sources).toEqual(['high', 'low']);
    expect(policy.notes).toEqual(['middle: ignored (writable by everyone)']);
    expect(policy.failedClosed).toBe(false);
  });

  it('fails closed on an unreadable source and on a key the checker refuses', () => {
    expect(mergePolicy([{ source: 'a', values: {}, error: 'could not be read (exit 5)' }])).toMatchObject({
      failedClosed: true,
      problems: ['a: could not be read (exit 5)'],
      settings: { requireSignedRequests: { value: true }, allowedUploadHosts: { value: [] } },
    });
    const pem = '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----';
    const policy = mergePolicy([{ source: 'a', values: { trustedRequestKeys: { k1: pem } } }], () => 'is not usable');
    expect(policy.problems).toEqual(['a: trustedRequestKeys.k1 is not usable']);
    expect(policy.settings.trustedRequestKeys).toBeUndefined();
  });
});

describe('policy limits: a user or link may tighten, never loosen', () => {
  it('raises a weaker redaction to the minimum and keeps a stronger one', () => {
    const policy = policyOf({ minimumRedaction: 'standard' });
    expect(limitRedaction('minimal', policy)).toEqual({ value: 'standard', limitedBy: 'your organisation requires at least "standard" redaction' });
    expect(limitRedaction('none', policy).value).toBe('standard');
    expect(limitRedaction('strict', policy)).toEqual({ value: 'strict' });
    expect(limitRedaction('none', NO_POLICY)).toEqual({ value: 'none' });
  });

  it('lowers a longer log window and a larger total to the maximum, and uses the maximum when nothing was chosen', () => {
    const policy = policyOf({ maxLogWindowHours: 24, maxTotalMb: 50 });
    expect(limitLogWindow(72, policy)).toEqual({ value: 24, limitedBy: 'your organisation allows at most 24 hours of logs' });
    expect(limitLogWindow(12, policy)).toEqual({ value: 12 });
    expect(limitLogWindow(undefined, policy)).toEqual({ value: 24 });
    expect(limitLogWindow(undefined, NO_POLICY)).toEqual({ value: undefined });
    expect(limitTotalMb(51, policy)).toEqual({ value: 50, limitedBy: 'your organisation allows at most 50 MB of Zoom logs' });
    expect(limitTotalMb(50, policy)).toEqual({ value: 50 });
  });

  it('says whether screenshots are allowed and signed requests required', () => {
    expect([screenshotsAllowed(NO_POLICY), screenshotsAllowed(policyOf({ allowScreenshots: false }))]).toEqual([true, false]);
    expect([signedRequestsRequired(NO_POLICY), signedRequestsRequired(policyOf({ requireSignedRequests: true })), signedRequestsRequired(policyOf({ maxTotalMb: 'lots' }))]).toEqual([false, true, true]);
  });
});
