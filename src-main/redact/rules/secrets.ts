/** Secrets found by their own shape or header: JWTs, Authorization values, OAuth codes in URLs. In every profile. */
import { caseVariants } from './regex-words.js';
import { ALL, simple, type RedactionRule } from './rule-types.js';

/** A JWT anywhere. */
export const JWT_RULE: RedactionRule = {
  category: 'jwt',
  profiles: ALL,
  rare: true,
  pattern: 'eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*',
  replace: (c) => simple(c, 'jwt', c.group(0)!),
};

/** Authorization: Bearer|Basic values, and a bare "Bearer <token>". */
export const AUTH_RULE: RedactionRule = {
  category: 'auth',
  profiles: ALL,
  // Authorization: Bearer|Basic values, also a bare "Bearer <token>".
  pattern: `((?:${caseVariants(['authorization'])})["']?\\s*[:=]\\s*["']?(?:${caseVariants(['bearer', 'basic'])})\\s+|(?:Bearer|bearer)\\s+(?=[A-Za-z0-9._~+/-]{16}))([A-Za-z0-9._~+/=-]+)`,
  replace: (c) => `${c.group(1)}${simple(c, 'auth', c.group(2)!)}`,
};

/** An OAuth code= in a query string. */
export const OAUTH_CODE_RULE: RedactionRule = {
  category: 'oauth-code',
  profiles: ALL,
  rare: true,
  // An OAuth code= in a query string, also URL-encoded inside another URL
  // (redirect_uri=zoommtg%3A%2F%2Fsso%3Fcode%3D...).
  pattern: '((?:[?&#]|%3[Ff]|%26|%23)code(?:=|%3[Dd]))([^\\s&#"\'<>%]+)',
  replace: (c) => `${c.group(1)}${simple(c, 'oauth-code', c.group(2)!)}`,
};
