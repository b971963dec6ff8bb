/**
 * Links that name or open something of one person, found from a '/' of a URL path as branches of
 * the person-name pass (format-branches.ts):
 * - share links of any host: the token segment after /s/, /share/, /rec/share/, /rec/play/, /d/,
 *   /file/d/, /drive/folders/, /scl/fi/, OneDrive's 1drv.ms/u/s!... and Telegram's t.me/+invite
 *   (whoever has the link opens the file or recording: filed with credentials in URLs); the host
 *   and the path words stay;
 * - profile URLs: linkedin.com/in/<slug>, github.com/<user>, x.com and twitter.com/<handle>,
 *   instagram.com, facebook.com, t.me, calendly.com, zoom.us/my/<vanity>, <org>.webex.com/meet/<user>:
 *   the handle goes (an account), wa.me/<number> is a phone number. Repository, issue and product
 *   URLs (github.com/org/repo/issues/12, support.zoom.com/hc/...) stay.
 * An API path's UUID or Call-ID is no share token (a UUID is kept, and other paths are not read).
 */
import type { LetterBranch } from './first-letter-rule.js';
import { phone, simple, type MatchContext } from './rule-types.js';

/** A UUID: an API resource id, kept. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A URL's host (and path so far) ends the text before the '/': the branch is inside a URL. */
const IN_URL = /(?:^|[^A-Za-z0-9.-])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}(?::\d{1,5})?(?:\/[A-Za-z0-9._~%-]+)*$/;

/** A share token: long enough, not a word, not a UUID. */
function isShareToken(token: string): boolean {
  return token.length >= 8 && !UUID.test(token) && /\d|[A-Z].*[a-z]|[a-z].*[A-Z]/.test(token) && !/^\d+$/.test(token);
}

function replaceShare(c: MatchContext): string | null {
  const [words, token] = [c.group(1)!, c.group(2)!];
  if (!isShareToken(token.replace(/^[s]!/, '')) || !IN_URL.test(c.textBefore(256))) return null;
  c.coverAfter(words.length + token.length);
  // SharePoint and OneDrive for Business: /:w:/g/personal/jdoe_corp_com/<token> names its owner.
  const owner = /^(.*personal\/)([^/]+)(\/)$/.exec(words);
  const path = owner && c.profile !== 'minimal' ? `${owner[1]}${simple(c, 'user', owner[2]!.toLowerCase())}${owner[3]}` : words;
  return `/${path}${simple(c, 'url-credentials', token)}`;
}

/** After '/': the share path words, then the token. */
export const SHARE_LINK_BRANCH: LetterBranch = {
  source: '((?:rec/(?:share|play)|share|s|d|file/d|drive/folders|drive/u/\\d/folders|scl/fi|[a-z]/(?=s!)|:[a-z]:/[a-z]/(?:personal/[A-Za-z0-9_.-]+/|[A-Za-z0-9_.-]+/)?|\\+)/?)([A-Za-z0-9_!~-][A-Za-z0-9_.!~-]{7,})',
  replace: replaceShare,
};

/** Profile paths that are the site's own pages, not a person. */
const NOT_A_HANDLE = /^(?:about|blog|login|logout|signup|join|settings|features|pricing|enterprise|orgs|organizations|topics|explore|marketplace|search|home|i|intent|share|sharer|hashtag|help|hc|legal|privacy|terms|security|developers|docs|p|reel|reels|stories|accounts|groups|events|pages|watch|dialog|plugins|policies|notifications|messages|apps|sponsors|trending|collections|contact|support|status|jobs|company|school|feed|in|pub|my|meet|joinchat|addstickers|proxy|s|c)$/i;

/** Hosts where /@name is a package scope. */
const PACKAGE_HOSTS = /(?:npmjs|unpkg|jsdelivr|esm|deno|skypack|yarnpkg|jsr)\.[a-z]+$/;

function replaceProfile(c: MatchContext): string | null {
  if (c.profile === 'minimal') return null;
  const [handle, after] = [c.group(1)!, c.group(2) ?? ''];
  // The match is the '/' before the handle: the host ends the text before it, or one path word does.
  const host = /([A-Za-z0-9-]+\.[A-Za-z]+)(?:\/[A-Za-z]+)?$/.exec(c.textBefore(64))?.[1]?.toLowerCase() ?? '';
  // A handle has a letter (maps' /@37.42,-122.08,17z is a position, wa.me/<number> a phone).
  if (NOT_A_HANDLE.test(handle) || (!/[A-Za-z]/.test(handle) && host !== 'wa.me')) return null;
  // github.com/org/repo: a repository, not a person.
  if ((host === 'github.com' || host === 'gitlab.com') && after === '/' && /^[A-Za-z0-9_.-]+/.test(c.textAfter(handle.length + 1, 1))) return null;
  const at = c.textAfter(0, 1) === '@' ? '@' : '';
  // /@scope/package of a package registry or CDN is no person.
  if (at && PACKAGE_HOSTS.test(host)) return null;
  c.coverAfter(at.length + handle.length);
  if (host === 'wa.me') return `/${phone(c, handle)}`;
  return `/${at}${simple(c, 'user', handle.toLowerCase())}`;
}

/**
 * After the '/' that follows a profile site's host (and its path word): the handle. Also /@handle
 * on any host (Mastodon instances, YouTube, TikTok, Medium, Threads).
 */
export const PROFILE_BRANCH: LetterBranch = {
  source:
    '(?:(?<=[A-Za-z0-9]\\.[A-Za-z]{2,24}/)@|(?<=(?<![A-Za-z0-9-])(?:(?:[a-z]{2,3}\\.)?linkedin\\.com/(?:in|pub)|(?:github|gitlab|twitter|x|instagram|facebook|fb|calendly|tiktok|threads|medium|pinterest|vk)\\.com|snapchat\\.com/add|reddit\\.com/u(?:ser)?|bsky\\.app/profile|keybase\\.io|(?:t|wa)\\.me|zoom\\.us/my|[A-Za-z0-9-]+\\.webex\\.com/(?:meet|join))/))' +
    '([A-Za-z0-9_][A-Za-z0-9_.-]{1,62}[A-Za-z0-9_])(?![A-Za-z0-9_.-])(/?)',
  replace: replaceProfile,
};
