/**
 * The event table: one row per kind of event the log-evidence step looks for, each a pattern
 * written from public log text (the row's `source`) and tested on that text
 * (test/fixtures/real-world/log-evidence/). Data, not code: correcting or adding a form is an edit
 * of a row. A line may show more than one kind (a VPN client's "session has expired").
 *
 * Named groups carry what a row can read from the line: `code*` a status code, `reason*` its
 * reason phrase, `url*` an URL whose path family is kept. The reported error is not a row: its
 * patterns are built from what the person typed (reported-error-patterns.ts).
 *
 * `hint` is a cheap test every line the pattern matches also passes (a literal, or a short
 * alternation of literals): the step runs the hints of all rows over each chunk and the full
 * patterns only on the lines a hint found, so the table costs little on lines that show nothing.
 */
import type { LogEventKind } from '../../src-shared/log-evidence.js';

export interface LogEventRow {
  kind: Exclude<LogEventKind, 'reported-error'>;
  /** The full pattern, tried on one line. */
  pattern: RegExp;
  /** Literals one of which every match contains (searched across a chunk, case-sensitive). */
  hint: readonly string[];
  /** The public material the pattern was built from and is tested on. */
  source: string;
}

export const LOG_EVENT_TABLE: readonly LogEventRow[] = [
  {
    kind: 'sip-error',
    // A status line (also inside a logged message), pjsua's registration summary, pjsua's "Response msg 401/REGISTER",
    // baresip's "session closed: 488 Not Acceptable here" and baresip-studio's "call closed,404 Not Found,".
    pattern:
      /\bSIP\/2\.0 (?<code>[4-6]\d\d)(?: (?<reason>[A-Za-z][A-Za-z ,'-]{0,60}))?|\bSIP registration failed, status=(?<code2>[4-6]\d\d)(?: \((?<reason2>[^)]{1,80})\))?|\bResponse msg (?<code3>[4-6]\d\d)\/(?<reason3>[A-Z]+)\/|\bsession closed: (?<code4>[4-6]\d\d) (?<reason4>[A-Za-z][A-Za-z '-]{0,60})|\bcall closed,(?<code5>[4-6]\d\d) (?<reason5>[A-Za-z][A-Za-z '-]{0,60})/,
    hint: ['SIP/2.0 ', 'tatus', 'Response msg', 'session closed: ', 'call closed,'],
    source:
      'SIP status lines of RFC 3261 section 21; SIP.js issues #1048 and #127, JsSIP issue #658, pyVoIP issue #231 (403 responses as logged), linphone-iphone #154 (488); pjsua logs in JFC-Group/JFC-microsip issue #1 ("SIP registration failed, status=403 (...)", "Response msg 401/REGISTER"); baresip/baresip #298 ("session closed: 488 Not Acceptable here") and juha-h/baresip-studio #423 ("call closed,404 Not Found,")',
  },
  {
    kind: 'http-error',
    pattern:
      /\bHTTP\/[12](?:\.[01])? (?<code>[45]\d\d)\b(?: (?<reason>[A-Z][A-Za-z -]{1,40}))?|\b[Ss]tatus(?: [Cc]ode)?(?: of)? (?<code2>[45]\d\d)\b(?: \((?<reason2>[A-Za-z][A-Za-z -]{0,40})\))?|\b(?:GET|POST) (?<url3>https?:\/\/\S+) (?<code3>[45]\d\d)\b(?: \((?<reason3>[A-Za-z][A-Za-z -]{0,40})\))?/,
    hint: ['HTTP/', 'tatus', 'T http'],
    source:
      'Chromium\'s console "Failed to load resource: the server responded with a status of 401 (Unauthorized)" (germanattanasio/text-bot #17, medic/cht-core #7255) and "GET <url> 401 (Unauthorized)" (Alarisco/WPlace-AutoBOTV2-GuardBOT #22); "HTTP/1.1 401" in ZoomNet\'s request log of api.zoom.us (Jericho/ZoomNet #193)',
  },
  {
    kind: 'sign-in',
    pattern:
      /\b(?:[Aa]ccess|[Rr]efresh|[Aa]uth) ?[Tt]oken (?:is |has )?(?:expired|invalid|revoked)\b|\b[Ii]nvalid (?:access |refresh )?token\b|\b[Tt]oken (?:has |is )?expired\b|\binvalid_grant\b|\binvalid_token\b|\b[Ss]ession (?:has )?expired\b|\b(?:[Ss]ign(?:ed)?[ -]?[Ii]n|[Ll]og(?:ged)?[ -]?[Ii]n) (?:failed|failure|expired)\b|\b[Rr]efresh(?:ing)? (?:the |access )?token\b/,
    hint: ['oken', 'xpired', 'ailed', 'ailure', 'invalid_'],
    source:
      'Zoom API answers as logged: {"code":124,"message":"Invalid access token."} (MacsiDigital/laravel-zoom #22, #35), "Access token is expired." (kyleboe/zoom_rb #382, tl-its-umich-edu/remote-office-hours-queue #512); nm-openvpn\'s "AUTH_FAILED,SESSION: Your session has expired, please reauthenticate" (linuxmint/cinnamon #9932); "Login failed" (wandrey66/Zabbix-WebHook-GLPI #7)',
  },
  {
    kind: 'network-change',
    pattern:
      /\bERR_NETWORK_CHANGED\b|\bnet_error -21\b|\bdevice\S* \([\w.-]+\): state changed from [A-Z_]+ to [A-Z_]+|'connectivity-change'|\b[Nn]etwork (?:changed|change detected)\b/,
    hint: ['ERR_', 'net_error', 'state changed from', 'connectivity-change', 'etwork change'],
    source:
      'Chromium/Electron "net::ERR_NETWORK_CHANGED" (lacymorrow/crossover #520 and #160, itchio/itch #1334 and #1229, desktop/desktop #1044, binaricat/Netcatty #771); NetworkManager "device[...] (enp0s31f6): state changed from LIMITED to NONE" and "dispatching action \'connectivity-change\'" (adrienverge/openfortivpn #252)',
  },
  {
    kind: 'vpn-proxy',
    pattern:
      /\bnm-(?:openvpn|openconnect|vpnc|fortisslvpn|l2tp|pptp|strongswan)\[\d+\]:|\bClient INFO: (?:Connected|Disconnected|Connecting|Reconnecting)\b|\bVPN (?:connection|tunnel|client)\b[^\n]{0,40}\b(?:connected|disconnected|established|lost|failed|started|stopped|changed)\b|\bERR_(?:PROXY|TUNNEL)_[A-Z_]+\b|\b[Pp]roxy (?:settings? |configuration )?(?:changed|detected)\b/,
    hint: ['nm-', 'Client INFO', 'VPN', 'ERR_', 'roxy'],
    source:
      'nm-openvpn syslog lines (linuxmint/cinnamon #9932); openvpn3 session journal "Client INFO: Connected: ... on tun/..." and "Client INFO: Disconnected" (OpenVPN/openvpn3-indicator #37); Chromium net error names ERR_PROXY_CONNECTION_FAILED / ERR_TUNNEL_CONNECTION_FAILED (Chromium net_error_list.h)',
  },
  {
    kind: 'dns-failure',
    pattern:
      /\bERR_NAME_NOT_RESOLVED\b|\bERR_NAME_RESOLUTION_FAILED\b|\bnet_error -105\b|\bTemporary failure in name resolution\b|\bgetaddrinfo\b[^\n]{0,80}\b(?:ENOTFOUND|EAI_AGAIN|EAI_NONAME|failed)\b|\bName or service not known\b|\b[Nn]ame does not resolve\b|\bCould(?:n't| not) resolve host\b|\bcan't resolve in DNS\b/,
    hint: ['ERR_', 'net_error', 'resol', 'getaddrinfo', 'not known'],
    source:
      'Chromium "net::ERR_NAME_NOT_RESOLVED" (aws/amazon-chime-sdk-js #828); Asterisk "getaddrinfo(...): Temporary failure in name resolution" and "(can\'t resolve in DNS)" (DoubangoTelecom/sipml5 #226); "php_network_getaddresses: getaddrinfo failed: name does not resolve" (mailcow/mailcow-dockerized #2915); siege "Name or service not known" (JoeDog/siege #216); "Couldn\'t resolve host name" (wandrey66/Zabbix-WebHook-GLPI #7)',
  },
  {
    kind: 'tls-error',
    pattern:
      /\bhandshake failed\b|\bnet_error -2\d\d\b|\bERR_(?:CERT|SSL)_[A-Z_]+\b|\b[Cc]ertificate verify failed\b|\bSSL routines\b|\balert handshake failure\b|\bSSLHandshakeException\b|\bself[- ]signed certificate\b|\bunable to get local issuer certificate\b|\bcertificate has expired\b|\bx509: certificate\b/,
    hint: ['andshake', 'net_error', 'ERR_', 'SSL', 'ertificate'],
    source:
      'Chromium/CEF "ssl_client_socket_impl.cc(...)] handshake failed; returned -1, SSL error code 1, net_error -202" (klzgrad/naiveproxy #600, OSSystems/meta-browser #932, uazo/cromite #3018, cefsharp/CefSharp #2877); ZNC "sslv3 alert handshake failure" (znc/znc #536); ZAP "SSLHandshakeException: Received fatal alert: handshake_failure" (zaproxy/zaproxy #5465)',
  },
  {
    kind: 'audio-device',
    pattern:
      /\bNo PulseAudio daemon running\b|\bOnDefaultDeviceChanged\b|\bAudio\w*\]?[^\n]{0,80}?#?\b[Dd]evice ?[Cc]hange\b|\b[Aa]udio (?:input |output )?device (?:changed|removed|added|lost|disconnected|unplugged|not found)\b/,
    hint: ['udio', 'DeviceChanged'],
    source:
      'Zoom Linux client\'s zoom_stdout_stderr.log "No PulseAudio daemon running, or not running as session daemon." (flathub/us.zoom.Zoom #246, test/fixtures/real-world/zoom-linux-stdout.log); WebRTC\'s "AudioDeviceWindowsCore::OnDefaultDeviceChanged" log line (webrtc-sdk/webrtc #41); Twilio Voice\'s "[AudioHelper] #deviceChange" and "getUserMedia after device change" (twilio/twilio-voice.js #297)',
  },
  {
    kind: 'crash-restart',
    pattern:
      /\bZoomLauncher started\b|\bdumped core\b|\bquit unexpectedly\b|\bSegmentation fault\b|\bkilled by SIG[A-Z]+\b|\b[Uu]ncaught exception\b|\b[Uu]nhandled exception\b|\b(?:has |had )crashed\b/,
    hint: ['ZoomLauncher', 'dumped core', 'nexpected', 'Segmentation', 'killed by SIG', 'xception', 'crashed'],
    source:
      'Zoom Linux launcher "ZoomLauncher started." (flathub/us.zoom.Zoom #246 and #188, ogra1/zoom-snap #120); systemd-coredump "dumped core" (flathub/us.zoom.Zoom #372); ABRT "quit unexpectedly" (flathub/us.zoom.Zoom #505 and #177), "killed by SIGABRT" (#375); Electron "Uncaught exception on main process" (desktop/desktop #1044)',
  },
];
