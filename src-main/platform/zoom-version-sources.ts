/**
 * Where the installed Zoom Workplace version can be read on each OS (docs/zoom-facts.md,
 * "Installed Zoom Workplace version"), in order of trust. Kept as data so a wrong or new source is
 * a one-line change; the zoom-version collector only knows how to read each kind.
 */
import type { SupportedPlatform } from './supported-platform.js';

/** One place a Zoom Workplace version can be read, by kind. */
export type ZoomVersionSource =
  /** An app bundle's Info.plist (XML or binary), below the file-system root or the home folder. */
  | { kind: 'plist'; id: string; base: 'root' | 'home'; segments: readonly string[]; installKind: string }
  /** A registry key read with `reg query KEY`. */
  | { kind: 'registry-key'; id: string; key: string; installKind: string }
  /** Uninstall entries whose data mentions `match`, found with `reg query ROOT /s /f match /d`, whose DisplayName is the client's. */
  | { kind: 'registry-search'; id: string; root: string; match: string; displayName: RegExp; installKind: string }
  /** A text file holding only the version. */
  | { kind: 'file'; id: string; base: 'root'; segments: readonly string[]; installKind: string }
  /** A package manager's answer; `pattern`'s first group is the version. */
  | { kind: 'command'; id: string; file: string; args: readonly string[]; pattern: RegExp; installKind: string };

const UNINSTALL = 'Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall';

/**
 * The display names machine-wide installs of the client register under, over the years: "Zoom
 * Workplace (64-bit)", "Zoom (64-bit)", "Zoom(64bit)", "Zoom(32bit)", "Zoom". Not the Outlook
 * plug-in, Zoom Rooms or the VDI plug-ins, which also say Zoom.
 */
export const ZOOM_CLIENT_DISPLAY_NAME = /^Zoom(?: Workplace)?\s*(?:\(\s*(?:32|64)[- ]?bit\s*\))?$/i;

/** The sources per OS, most trusted first: the first one that finds a version is the answer. */
export const ZOOM_VERSION_SOURCES: Readonly<Record<SupportedPlatform, readonly ZoomVersionSource[]>> = {
  darwin: [
    { kind: 'plist', id: 'applications', base: 'root', segments: ['Applications', 'zoom.us.app', 'Contents', 'Info.plist'], installKind: 'macOS app' },
    { kind: 'plist', id: 'user-applications', base: 'home', segments: ['Applications', 'zoom.us.app', 'Contents', 'Info.plist'], installKind: 'macOS app (per user)' },
  ],
  win32: [
    { kind: 'registry-key', id: 'hkcu-zoomumx', key: `HKCU\\${UNINSTALL}\\ZoomUMX`, installKind: 'per-user installer' },
    { kind: 'registry-search', id: 'hklm-uninstall', root: `HKLM\\${UNINSTALL}`, match: 'Zoom', displayName: ZOOM_CLIENT_DISPLAY_NAME, installKind: 'MSI (all users)' },
    {
      kind: 'registry-search',
      id: 'hklm-uninstall-wow64',
      root: `HKLM\\Software\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall`,
      match: 'Zoom',
      displayName: ZOOM_CLIENT_DISPLAY_NAME,
      installKind: 'MSI (all users, 32-bit)',
    },
  ],
  linux: [
    { kind: 'command', id: 'dpkg', file: 'dpkg-query', args: ['-W', '-f=${Version}', 'zoom'], pattern: /^(\d+(?:\.\d+)+)/, installKind: 'deb package' },
    { kind: 'command', id: 'rpm', file: 'rpm', args: ['-q', '--qf', '%{VERSION}', 'zoom'], pattern: /^(\d+(?:\.\d+)+)/, installKind: 'rpm package' },
    { kind: 'file', id: 'opt-version-txt', base: 'root', segments: ['opt', 'zoom', 'version.txt'], installKind: '/opt/zoom install' },
    { kind: 'command', id: 'flatpak', file: 'flatpak', args: ['info', 'us.zoom.Zoom'], pattern: /^\s*Version:\s*(\S+)/m, installKind: 'Flatpak us.zoom.Zoom' },
    { kind: 'command', id: 'snap', file: 'snap', args: ['list', 'zoom-client'], pattern: /^zoom-client\s+(\S+)/m, installKind: 'Snap zoom-client' },
  ],
};

/** Version strings Zoom writes at the top of its logs: the fallback when nothing is installed on record. */
export const ZOOM_LOG_VERSION_PATTERNS: readonly { file: RegExp; pattern: RegExp }[] = [
  { file: /^zoom_stdout_stderr\.log$/i, pattern: /Client Version is (\d+(?:\.\d+)+)/ },
  { file: /^cef\.log$/i, pattern: /Zoom\/(\d+(?:\.\d+)+ \(\d+\))/ },
  // Windows/macOS client logs (unconfirmed wording): "Client version: 6.3.0 (52884)".
  { file: /\.log$/i, pattern: /client[ _]version[:= ]+(\d+\.\d+\.\d+(?: \(\d+\))?)/i },
];
