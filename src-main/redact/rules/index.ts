/**
 * Every built-in rule, in priority order: earlier wins when two start at the same place (the
 * scan merges its two passes so this holds, text-redactor.ts). Files are by category.
 */
import { COMMAND_LINE_RULE } from './command-lines.js';
import { ORACLE_CONNECT_RULE } from './connection-strings.js';
import { EMAIL_RULE, IDENTITY_RULES } from './identity.js';
import { KEYED_VALUE_RULE } from './keyed-values.js';
import { COLON_RULE, DIGIT_RULE, STRICT_NETWORK_RULES } from './network.js';
import type { RedactionRule } from './rule-types.js';
import { AUTH_RULE, BASE64_CREDENTIALS_RULE, JWT_RULE, OAUTH_CODE_RULE, PRIVATE_KEY_RULE, TOKEN_RULE } from './secrets.js';
import { XML_ELEMENT_RULE } from './xml-elements.js';

export { literalRule, shortHostRule } from './identity.js';
export type { ActiveProfile, MatchContext, RedactionRule, RuleCategory } from './rule-types.js';

/** The built-in rules in priority order. */
export const BUILT_IN_RULES: readonly RedactionRule[] = [
  PRIVATE_KEY_RULE,
  JWT_RULE,
  AUTH_RULE,
  TOKEN_RULE,
  KEYED_VALUE_RULE,
  XML_ELEMENT_RULE,
  COMMAND_LINE_RULE,
  ORACLE_CONNECT_RULE,
  BASE64_CREDENTIALS_RULE,
  OAUTH_CODE_RULE,
  EMAIL_RULE,
  COLON_RULE,
  ...IDENTITY_RULES,
  DIGIT_RULE,
  ...STRICT_NETWORK_RULES,
];
