/**
 * The branches of credential-words.ts joined in front of the rules whose passes already stop at
 * their first characters (a rule of their own would make a third rare pass: ~5 ms per 8 MB). All
 * run in every profile (each branch returns null where a personal kind is not redacted). Measured
 * with the scan's passes alone on 8 MB of logs: +1.4 ms (1 line in 12 private) and +1.7 ms
 * (every line private) for all of issue 24's credential kinds (docs/perf-notes.md).
 */
import { ACCOUNT_PASS_GROUPS, MARK_PASS_GROUPS, NAME_PASS_GROUPS, TOKEN_PASS_GROUPS } from './credential-words.js';
import { firstLetterRule, inFrontOf, type LetterGroup } from './first-letter-rule.js';
import { ALL, type RedactionRule } from './rule-types.js';

const BASE = { category: 'secret', profiles: ALL } as const;

function joined(groups: readonly LetterGroup[]): (rule: RedactionRule) => RedactionRule {
  const front = firstLetterRule(groups, BASE);
  return (rule) => inFrontOf(front, null, rule, ALL);
}

/** Credential branches per pass: in front of the token rule, the e-mail rule, the account rule and the person-name rule. */
export const withCredentialWords = {
  tokenPass: joined(TOKEN_PASS_GROUPS),
  markPass: joined(MARK_PASS_GROUPS),
  accountPass: joined(ACCOUNT_PASS_GROUPS),
  namePass: joined(NAME_PASS_GROUPS),
};
