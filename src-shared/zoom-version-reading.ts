/**
 * Reads a Zoom Workplace version string the way Zoom's support pages and the client's About box
 * write it: "6.3.0 (52884)" is version 6.3.0, build 52884. Installers and package managers put the
 * build in as a dotted part instead: the first part of four or more digits after major.minor is the
 * build ("6.2.11.51233" and "5.17.11.3835" from installers, "6.2.11234" from the MSI, whose version
 * has no patch number: 6.2.x build 11234), and what follows it is not the version ("5.4.57862.0110":
 * a date). A version without such a part ("6.1.5") has no build.
 */

/** Version and build, as the About box shows them ("6.2.x" when the installer left the patch out). */
export interface ZoomVersionParts {
  version: string;
  build: string | null;
}

/** Splits a raw version string into version and build. */
export function readZoomVersion(raw: string): ZoomVersionParts {
  const text = raw.trim();
  const about = /^(\d+(?:\.\d+)*)\s*\((\d+)\)/.exec(text);
  if (about) return { version: about[1]!, build: about[2]! };
  const dotted = /^\d+(?:\.\d+)*/.exec(text)?.[0];
  if (!dotted) return { version: text, build: null };
  const parts = dotted.split('.');
  const at = parts.findIndex((part, index) => index >= 2 && part.length >= 4);
  if (at < 0) return { version: dotted, build: null };
  const version = parts.slice(0, at);
  return { version: version.length === 2 ? `${version.join('.')}.x` : version.join('.'), build: parts[at]! };
}

/** "6.3.0 (52884)", "6.2.x (11234)", or the version alone: how the About box shows it. */
export function zoomVersionLabel(parts: ZoomVersionParts): string {
  return parts.build ? `${parts.version} (${parts.build})` : parts.version;
}
