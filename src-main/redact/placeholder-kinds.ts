/**
 * The placeholder labels the rules issue (<jwt-1>, <srtp-key-2>, <ext:4d-3>) and the redaction
 * category each one counts under. Labels say more than the category (a support agent can tell a
 * JWT from a password), the category is what the manifest counts and screens name.
 */
import { PLACEHOLDER_CATEGORY } from '../../src-shared/redaction-category.js';

export { PLACEHOLDER_CATEGORY };

/** A placeholder kind: the label text before its number, and the key its values are numbered by. */
export type PlaceholderKind = keyof typeof PLACEHOLDER_CATEGORY;
