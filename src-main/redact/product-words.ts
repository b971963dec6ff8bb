/**
 * Names of software and hardware products that appear in Zoom Phone logs, SIP traces and
 * provisioning logs: a dotted number right after one is its version (FreePBX 16.0.40.7, 3CX
 * 18.0.9.20, Microsoft Teams 24.1.100.2), and an account field holding one names a program, not a
 * person (user: Microsoft Teams). Data, one lower-case word each; the makers of phones and adapters
 * are in network.ts's VENDORS, model families in its MODEL_FAMILY.
 */

/** Products whose name alone comes before their version. Words that are also network roles (server, gateway, sbc, proxy) are left out: an address follows them. */
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  (
    // PBXs, SIP servers, SIP stacks and softphones.
    'asterisk freepbx 3cx freeswitch kamailio opensips openser yate sipxecs elastix issabel fusionpbx vitalpbx wazo xivo pjsip pjsua ' +
    'pjproject sofia-sip baresip linphone zoiper microsip bria x-lite xlite eyebeam jitsi callmanager cucm broadworks broadsoft metaswitch ' +
    'mediant mivoice shoretel ipoffice obitalk counterpath groundwire acrobits ' +
    // Meeting and calling services and their apps.
    'zoom zoomphone zoomrooms zoomworkplace zoomus webex jabber teams skype lync slack discord ringcentral vonage 8x8 dialpad nextiva ' +
    'gotoconnect gotomeeting bluejeans workplace ' +
    // Operating systems, browsers, engines and runtimes (Windows 10.0.19045.3693, Chrome 120.0.6099.109).
    'windows macos osx ios ipados android ubuntu debian centos rhel fedora linux darwin chromeos chrome chromium firefox safari opera ' +
    'msedge webview2 webkit applewebkit gecko trident electron node nodejs openssl libcurl curl wget java jre jdk python dotnet .net ' +
    // Office, identity, device management, VPN and security clients.
    'office outlook onedrive sharepoint intune okta onelogin entra adfs duo pingfederate auth0 keycloak jamf anyconnect globalprotect ' +
    'forticlient fortios zscaler netskope wireguard openvpn tailscale crowdstrike sentinelone'
  ).split(' '),
);

/**
 * Words that name a product's edition, part or platform after its name (Asterisk PBX, Zoom Rooms,
 * Zoom Workplace, Webex Calling, 3CX Phone System, Zoom client): with a product word before them, a
 * dotted number after them is the product's version too.
 */
export const EDITION_WORDS: ReadonlySet<string> = new Set(
  'pbx phone system rooms room workplace meetings meeting calling client app desktop mobile edition pro enterprise sdk x64 x86 arm64 64-bit 32-bit'.split(' '),
);
