/**
 * Account values that name no person: the operating systems' own accounts (root, SYSTEM, NT
 * AUTHORITY\NETWORK SERVICE, www-data, _spotlight), programs and
 * services (Microsoft Teams, Zoom Workplace, Okta) and teams or roles (IT Helpdesk, Service Desk).
 * Support needs to read which of them did something; a person's login after the same words still goes,
 * and so does an organisation's own service account (svc_zoomcdr: it names the organisation's systems).
 */
import { PRODUCT_WORDS } from './product-words.js';

/** Accounts every Windows, macOS or Linux machine (or a common service package) has: nobody's own. */
const SYSTEM_ACCOUNTS = new Set(
  ('root system localsystem localservice networkservice local service network service nobody nogroup daemon bin sys sync games man lp ' +
    'mail news uucp proxy www-data backup list irc gnats sshd ntp messagebus polkitd avahi colord syslog uuidd tss postfix dnsmasq ' +
    'postgres mysql redis mongodb nginx apache httpd tomcat jenkins gitlab-runner docker ubuntu ec2-user centos debian admin ' +
    'administrator administrators guest guests defaultaccount wdagutilityaccount trustedinstaller everyone users krbtgt iusr iwam ' +
    'sa dbo anonymous mobile authenticated interactive batch dialup').split(' '),
);

/** What comes before '\' in a built-in Windows account (NT AUTHORITY\SYSTEM, BUILTIN\Administrators, IIS APPPOOL\DefaultAppPool). */
const BUILT_IN_AUTHORITIES = new Set(['nt authority', 'nt service', 'builtin', 'iis apppool', 'window manager', 'font driver host', 'nt virtual machine']);

/** Companies whose name stands for their product or service in an account field (user: Microsoft Teams, login via Google). */
const COMPANIES = new Set('microsoft google apple amazon aws azure cisco zoom okta meta facebook github gitlab atlassian salesforce servicenow'.split(' '));

/** Words of a team or a role, not a person (owner: IT Helpdesk, assignee: Network Operations). */
const ROLE_WORDS = new Set(
  ('it is helpdesk help desk servicedesk service support noc soc ops devops secops itops operations network networking security ' +
    'infrastructure infra team teams admins sysadmin sysadmins engineering telecom telephony voice uc collaboration facilities ' +
    'reception frontdesk front office ' +
    // The first word of a built-in account written with spaces (NT AUTHORITY\..., LOCAL SERVICE).
    'nt local builtin').split(' '),
);

/** A macOS daemon account (_www, _spotlight, _mbsetupuser) or a systemd one (systemd-network). */
const DAEMON_ACCOUNT = /^(?:_[a-z][a-z0-9_]*|systemd-[a-z-]+)$/i;

const VERSION = /^v?\d+(?:[._-]\w+)*$/;

/** True when one word (lower case) names a program, a company, a built-in account or a role, not a person. */
function isNoPersonWord(word: string): boolean {
  return SYSTEM_ACCOUNTS.has(word) || PRODUCT_WORDS.has(word) || COMPANIES.has(word) || ROLE_WORDS.has(word);
}

/**
 * True when an account value (a login, a display value after "user:", "client:", "owner:", possibly
 * several words or DOMAIN\name) names no person: a built-in or service account, a program or
 * service, a team or a role. A value with any other word (Peggy Garcia, jdoe, CORP\jdoe) is an account.
 */
export function isNoPersonAccount(value: string): boolean {
  const lower = value.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (lower === '') return false;
  if (SYSTEM_ACCOUNTS.has(lower) || DAEMON_ACCOUNT.test(lower)) return true;
  const slash = lower.indexOf('\\');
  if (slash > 0) return BUILT_IN_AUTHORITIES.has(lower.slice(0, slash).trim());
  // A version after a product (ZoomPhone/6.1.0, Teams 24.1.100.2) names nothing either.
  const words = lower.split(/[\s/_.-]+/).filter((word) => word !== '' && !VERSION.test(word));
  return words.length > 0 && words.every(isNoPersonWord);
}
