import { describe, expect, it } from 'vitest';
import { formPolicyOf, logWindowChoices, OPEN_FORM_POLICY, policyMarks, redactionChoices, withinFormPolicy, type FormPolicy } from '../../src-shared/form-policy.js';
import { mergePolicy, NO_POLICY } from '../../src-shared/org-policy.js';

const pem = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----';

describe('formPolicyOf', () => {
  it('keeps only what bounds a form choice, never keys, the reporter key or a probe plan path', () => {
    const policy = mergePolicy([
      {
        source: 'policy.json',
        values: {
          minimumRedaction: 'strict',
          maxLogWindowHours: 36,
          maxTotalMb: 250,
          allowScreenshots: false,
          probePlan: '/etc/zpb/plan.json',
          requireSignedRequests: true,
          trustedRequestKeys: { desk: pem },
          reporterKey: 'a-secret-organisation-key',
          allowedUploadHosts: ['uploads.example.com'],
        },
      },
    ]);
    const form = formPolicyOf(policy);
    expect(form).toEqual({ minimumRedaction: 'strict', maxLogWindowHours: 36, maxTotalMb: 250, allowScreenshots: false, probePlan: true, requireSignedRequests: true });
    expect(JSON.stringify(form)).not.toMatch(/secret|plan\.json|BEGIN|example\.com/);
    expect(formPolicyOf(NO_POLICY)).toEqual(OPEN_FORM_POLICY);
  });

  it('says signed requests only when the policy failed closed', () => {
    const failed = mergePolicy([{ source: 'HKLM', values: {}, error: 'could not be read' }]);
    expect(formPolicyOf(failed)).toEqual({ probePlan: false, requireSignedRequests: true });
  });
});

describe('redactionChoices', () => {
  it('disables every profile below the minimum', () => {
    for (const [minimum, allowed] of [
      [undefined, ['minimal', 'standard', 'strict']],
      ['minimal', ['minimal', 'standard', 'strict']],
      ['standard', ['standard', 'strict']],
      ['strict', ['strict']],
    ] as const) {
      const choices = redactionChoices({ ...OPEN_FORM_POLICY, ...(minimum ? { minimumRedaction: minimum } : {}) });
      expect(choices.map((c) => c.profile)).toEqual(['minimal', 'standard', 'strict']);
      expect(choices.filter((c) => c.allowed).map((c) => c.profile)).toEqual(allowed);
    }
  });
});

describe('logWindowChoices', () => {
  it('offers nothing above the maximum and adds the maximum when it is not a usual window', () => {
    expect(logWindowChoices(OPEN_FORM_POLICY)).toEqual([4, 12, 24, 48, 72, 168]);
    expect(logWindowChoices({ ...OPEN_FORM_POLICY, maxLogWindowHours: 72 })).toEqual([4, 12, 24, 48, 72]);
    expect(logWindowChoices({ ...OPEN_FORM_POLICY, maxLogWindowHours: 30 })).toEqual([4, 12, 24, 30]);
    expect(logWindowChoices({ ...OPEN_FORM_POLICY, maxLogWindowHours: 2.5 })).toEqual([2.5]);
  });

  it("adds a link's own window when the policy allows it, and never one above the maximum", () => {
    expect(logWindowChoices(OPEN_FORM_POLICY, 6)).toEqual([4, 6, 12, 24, 48, 72, 168]);
    expect(logWindowChoices({ ...OPEN_FORM_POLICY, maxLogWindowHours: 20 }, 18)).toEqual([4, 12, 18, 20]);
    expect(logWindowChoices({ ...OPEN_FORM_POLICY, maxLogWindowHours: 20 }, 96)).toEqual([4, 12, 20]);
  });
});

describe('withinFormPolicy', () => {
  const policy: FormPolicy = { ...OPEN_FORM_POLICY, minimumRedaction: 'standard', maxLogWindowHours: 24 };

  it('raises a weaker redaction and lowers a longer window, keeping the rest of the form', () => {
    expect(withinFormPolicy({ redaction: 'minimal', logWindowHours: 168, notes: 'kept' }, policy)).toEqual({ redaction: 'standard', logWindowHours: 24, notes: 'kept' });
  });

  it('keeps a stricter choice as it is (the same object)', () => {
    const stricter = { redaction: 'strict' as const, logWindowHours: 12 };
    expect(withinFormPolicy(stricter, policy)).toBe(stricter);
    const open = { redaction: 'minimal' as const, logWindowHours: 168 };
    expect(withinFormPolicy(open, OPEN_FORM_POLICY)).toBe(open);
  });
});

describe('policyMarks', () => {
  it('marks each option the policy fixes or bounds, and nothing else', () => {
    expect(policyMarks(OPEN_FORM_POLICY)).toEqual({});
    expect(policyMarks({ ...OPEN_FORM_POLICY, minimumRedaction: 'minimal', allowScreenshots: true })).toEqual({});
    expect(policyMarks({ minimumRedaction: 'strict', maxLogWindowHours: 36, maxTotalMb: 250, allowScreenshots: false, probePlan: true, requireSignedRequests: true })).toEqual({
      redaction: 'at least strict redaction.',
      logWindow: 'at most 36 hours and 250 MB of Zoom logs.',
      screenshot: 'screenshots are not allowed in bundles.',
      probes: "the network tests follow your organisation's test plan.",
      signedRequests: 'only signed help-desk requests are accepted.',
    });
    expect(policyMarks({ ...OPEN_FORM_POLICY, maxTotalMb: 100 }).logWindow).toBe('at most 100 MB of Zoom logs.');
  });
});
