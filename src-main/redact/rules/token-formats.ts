/**
 * Known token formats (the catalogue of @secretlint/secretlint-rule-preset-recommend, plus the
 * kinds it lacks) as data: each format's prefix, where it comes from, and the shape of its body.
 * The scan finds them in one rule (secrets.ts TOKEN_RULE) anchored on the separator after the
 * prefix ('_' or '-'), or on an upper-case 'A' or 'S' for the formats written without one
 * (AKIA..., AIza..., AC<hex>, SG.x.y): those characters are rare enough in logs that a lookbehind there
 * costs little, where a rule starting on the prefixes' first letters would run at most positions.
 *
 * The body is taken whatever its length (the catalogue's patterns fix exact lengths, and a token
 * pasted with a character more or less is still a token): at least `min` characters of `body`.
 * test/src-main/redact/token-formats.test.ts checks that every rule of the preset has its formats
 * here, and that whatever the preset reports on the fixtures is gone after redaction.
 */

/** One token format: a prefix (with its separator) and the least body that makes it a token. */
export interface TokenFormat {
  /** The literal start, separator included ("ghp_", "glpat-", "SG."). */
  prefix: string;
  /** What the token is (said in the docs and tests; the placeholder is <api-token-n>). */
  name: string;
  /** The secretlint rule id it comes from, or the vendor's page for a kind the preset lacks. */
  source: string;
  /** Fewest body characters after the prefix. */
  min: number;
}

const PRESET = '@secretlint/secretlint-rule-';

/** Formats written as a prefix, a separator ('_' or '-') and a body of token characters. */
export const SEPARATED_FORMATS: readonly TokenFormat[] = [
  ...['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'].map((prefix) => ({ prefix, name: 'GitHub token', source: `${PRESET}github`, min: 8 })),
  ...['glpat-', 'gldt-', 'glptt-', 'glrt-', 'glcbt-', 'gloas-', 'glft-', 'glimt-', 'glagent-'].map((prefix) => ({ prefix, name: 'GitLab token', source: `${PRESET}gitlab`, min: 8 })),
  ...['xoxb-', 'xoxp-', 'xoxa-', 'xoxo-', 'xoxr-', 'xoxs-', 'xoxe-', 'xapp-'].map((prefix) => ({ prefix, name: 'Slack token', source: `${PRESET}slack`, min: 6 })),
  ...['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'whsec_'].map((prefix) => ({ prefix, name: 'Stripe key', source: 'https://docs.stripe.com/keys (not in the preset)', min: 8 })),
  { prefix: 'npm_', name: 'npm token', source: `${PRESET}npm`, min: 20 },
  ...['sk-ant-', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'].map((prefix) => ({ prefix, name: 'AI API key', source: `${PRESET}openai, ${PRESET}anthropic`, min: 16 })),
  { prefix: 'sk-', name: 'OpenAI key', source: `${PRESET}openai`, min: 20 },
  { prefix: 'gsk_', name: 'Groq key', source: `${PRESET}groq`, min: 20 },
  { prefix: 'hf_', name: 'Hugging Face token', source: `${PRESET}huggingface`, min: 20 },
  { prefix: 'lin_api_', name: 'Linear key', source: `${PRESET}linear`, min: 16 },
  { prefix: 'ntn_', name: 'Notion token', source: `${PRESET}notion`, min: 20 },
  ...['shpat_', 'shpca_', 'shppa_', 'shpss_'].map((prefix) => ({ prefix, name: 'Shopify token', source: `${PRESET}shopify`, min: 16 })),
  ...['glc_', 'glsa_'].map((prefix) => ({ prefix, name: 'Grafana token', source: `${PRESET}grafana`, min: 16 })),
  { prefix: 'ops_', name: '1Password service token', source: `${PRESET}1password`, min: 32 },
  ...['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'].map((prefix) => ({ prefix, name: 'Vercel token', source: `${PRESET}vercel`, min: 16 })),
  { prefix: 'dckr_pat_', name: 'Docker token', source: `${PRESET}docker`, min: 16 },
  { prefix: 'figd_', name: 'Figma token', source: `${PRESET}figma`, min: 16 },
  ...['dop_v1_', 'doo_v1_', 'dor_v1_'].map((prefix) => ({ prefix, name: 'DigitalOcean token', source: 'https://docs.digitalocean.com/reference/api/ (not in the preset)', min: 16 })),
  { prefix: 'pypi-', name: 'PyPI token', source: 'https://pypi.org/help/#apitoken (not in the preset)', min: 32 },
  { prefix: 'PMAK-', name: 'Postman key', source: 'Postman API keys (not in the preset)', min: 16 },
  { prefix: 'sntrys_', name: 'Sentry token', source: 'Sentry auth tokens (not in the preset)', min: 16 },
  { prefix: 'AGE-SECRET-KEY-', name: 'age secret key', source: 'age-encryption.org (not in the preset)', min: 16 },
  // Vendors' own prefixes, from their documentation and the rule set of gitleaks (rule ids in
  // brackets); none is in the preset.
  { prefix: 'tskey-', name: 'Tailscale key', source: 'https://tailscale.com/kb/1085/auth-keys [tailscale]', min: 20 },
  ...['sbp_', 'sb_secret_'].map((prefix) => ({ prefix, name: 'Supabase key', source: 'https://supabase.com/docs/guides/api/api-keys [supabase-*]', min: 20 })),
  { prefix: 'HRKU-', name: 'Heroku key', source: 'https://devcenter.heroku.com/articles/authentication [heroku-api-key-v2]', min: 20 },
  ...['NRAK-', 'NRII-', 'NRJS-'].map((prefix) => ({ prefix, name: 'New Relic key', source: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys [new-relic-*]', min: 20 })),
  ...['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'].map((prefix) => ({ prefix, name: 'PlanetScale token', source: 'PlanetScale service tokens and passwords [planetscale-*]', min: 20 })),
  { prefix: 'pul-', name: 'Pulumi token', source: 'Pulumi access tokens [pulumi-api-token]', min: 32 },
  ...['sq0atp-', 'sq0csp-'].map((prefix) => ({ prefix, name: 'Square token', source: 'Square access tokens and OAuth secrets [square-*]', min: 20 })),
  ...['xkeysib-', 'xsmtpsib-'].map((prefix) => ({ prefix, name: 'Brevo (Sendinblue) key', source: 'Brevo API and SMTP keys [sendinblue-api-token]', min: 32 })),
  { prefix: 'aio_', name: 'Adafruit IO key', source: 'Adafruit IO keys [adafruit-api-key]', min: 24 },
  { prefix: 'GOCSPX-', name: 'Google OAuth client secret', source: 'Google OAuth client secrets (GOCSPX- since 2021) [gcp-api-key neighbours]', min: 20 },
  { prefix: 'CFPAT-', name: 'Contentful token', source: 'Contentful personal access tokens [contentful-delivery-api-token]', min: 32 },
  { prefix: 'FLWSECK-', name: 'Flutterwave key', source: 'Flutterwave secret keys [flutterwave-secret-key]', min: 24 },
  ...['shippo_live_', 'shippo_test_'].map((prefix) => ({ prefix, name: 'Shippo token', source: 'Shippo API tokens [shippo-api-token]', min: 32 })),
  ...['duffel_live_', 'duffel_test_'].map((prefix) => ({ prefix, name: 'Duffel token', source: 'Duffel API tokens [duffel-api-token]', min: 32 })),
  { prefix: 'nfp_', name: 'Netlify token', source: 'Netlify personal access tokens', min: 32 },
  { prefix: 'pnu_', name: 'Prefect key', source: 'Prefect API keys [prefect-api-token]', min: 32 },
  { prefix: 'rdme_', name: 'ReadMe key', source: 'ReadMe API keys [readme-api-token]', min: 32 },
  { prefix: 'rubygems_', name: 'RubyGems key', source: 'RubyGems API keys [rubygems-api-token]', min: 32 },
  { prefix: 'sgp_', name: 'Sourcegraph token', source: 'Sourcegraph access tokens [sourcegraph-access-token]', min: 32 },
  { prefix: 'tfp_', name: 'Typeform token', source: 'Typeform personal tokens [typeform-api-token]', min: 32 },
  { prefix: 'ico-', name: 'Infracost key', source: 'Infracost API keys [infracost-api-token]', min: 32 },
];

/**
 * Formats without a separator, found from an upper-case first letter: AWS access key ids (the
 * preset's AWS rule, whose id scan is off by default), Google API keys, Twilio account and API key
 * ids. Each is a prefix and a body regex.
 */
export const GLUED_FORMATS: readonly { prefix: string; body: string; name: string; source: string }[] = [
  ...['AKIA', 'ASIA', 'AGPA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'ABIA'].map((prefix) => ({ prefix, body: '[A-Z0-9]{8,}', name: 'AWS access key id', source: `${PRESET}aws` })),
  { prefix: 'AIza', body: '[A-Za-z0-9_-]{20,}', name: 'Google API key', source: `${PRESET}gcp (service accounts); Google API keys are not in the preset` },
  { prefix: 'AC', body: '[0-9a-fA-F]{28,}', name: 'Twilio account id', source: 'https://www.twilio.com/docs/iam/api (not in the preset)' },
  { prefix: 'SK', body: '[0-9a-fA-F]{28,}', name: 'Twilio API key', source: 'https://www.twilio.com/docs/iam/api-keys (not in the preset)' },
  { prefix: 'SG.', body: '[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}', name: 'SendGrid key', source: `${PRESET}sendgrid` },
  // An FCM (formerly GCM) registration token: an 11-character instance id, ':', then "APA91b" and
  // ~140 base64url characters; it lets whoever holds the sender key reach the device.
  { prefix: 'APA91b', body: '[A-Za-z0-9_-]{60,}', name: 'FCM registration token', source: 'https://firebase.google.com/docs/cloud-messaging/manage-tokens (not in the preset)' },
  { prefix: 'ATATT', body: '[A-Za-z0-9_=-]{40,}', name: 'Atlassian API token', source: 'Atlassian API tokens [atlassian-api-token]' },
];

/**
 * Rules of the preset whose kinds other detectors take, and which: the sync test accepts these
 * without a row above. Databricks' dapi<hex> starts on a common letter, so it is taken by key
 * context (token=, "pat": ...) and by the entropy check next to a secret key, not by its prefix.
 */
export const PRESET_RULES_ELSEWHERE: Readonly<Record<string, string>> = {
  [`${PRESET}privatekey`]: 'PRIVATE_KEY_RULE (secrets.ts): PEM, OpenSSH and PGP blocks',
  [`${PRESET}basicauth`]: 'COLON_RULE (network.ts): user:password@ in URLs of any scheme',
  [`${PRESET}database-connection-string`]: 'COLON_RULE and the key rule: mongodb://, mysql://, postgres:// credentials, Password=, Pwd={...}',
  [`${PRESET}databricks`]: 'the key rule and the entropy check (a dapi token after a secret key)',
  [`${PRESET}hashicorp-vault`]: 'the key rule (VAULT_TOKEN=, X-Vault-Token:) and the entropy check; a rule from the "." of hvs. ran at every dot of a log',
  [`${PRESET}filter-comments`]: 'not a detector (secretlint-disable comments)',
};

/** A token's body: base64url characters and base64 padding. */
export const TOKEN_BODY = '[A-Za-z0-9_-]+={0,2}';
