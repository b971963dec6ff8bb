/**
 * `zpb summarize --html`: one self-contained page (no scripts, no external assets, a CSP that
 * forbids loading any) with the groups table, each group's verdict and evidence, and an inline SVG
 * timeline of incidents per group. Every text from a bundle is escaped. Mail clients that drop
 * styles or SVG still show everything as tables and lists.
 */
import { printable } from '../../../src-shared/printable-text.js';
import { count } from '../../../src-shared/plural-words.js';
import { logCountLines } from '../../../src-shared/fleet/evidence-counts.js';
import type { FleetStats, FleetSummary, FleetVerdict } from '../../../src-shared/fleet/fleet-summary.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text made safe for HTML content and quoted attributes, and for a terminal that shows the file
 * (`cat report.html`): control, bidi and invisible characters become visible escapes first.
 */
export function escapeHtml(text: string): string {
  return printable(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Colours of the verdicts; each is also written out, never shown by colour alone. */
const VERDICT_COLOURS: Readonly<Record<FleetVerdict, string>> = {
  'one-user': '#1f6feb',
  'one-device': '#6f42c1',
  'shared-network': '#bf5700',
  'shared-version': '#9a6700',
  'shared-wide': '#cf222e',
  insufficient: '#57606a',
};

const time = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const counts = (record: Record<string, number>, none = 'none') =>
  escapeHtml(
    Object.entries(record)
      .map(([value, n]) => `${value} (${n})`)
      .join('; ') || none,
  );
const span = (s: FleetStats) => (s.firstAt === s.lastAt ? time(s.firstAt) : `${time(s.firstAt)} to ${time(s.lastAt)}`);

const WIDTH = 860;
const LABEL = 90;
const ROW = 26;
const PAD = 14;

/** The timeline: one row per group, a bar per episode and a dot per incident, coloured by verdict. */
function timeline(summary: FleetSummary): string {
  const times = summary.bundles.map((b) => Date.parse(b.occurredAt));
  if (times.length === 0) return '';
  const start = Math.min(...times);
  const end = Math.max(...times);
  const x = (iso: string) => LABEL + PAD + (end === start ? 0.5 : (Date.parse(iso) - start) / (end - start)) * (WIDTH - LABEL - 2 * PAD);
  const height = summary.groups.length * ROW + 40;
  const rows = summary.groups.map((group, index) => {
    const y = index * ROW + ROW / 2 + 8;
    const colour = VERDICT_COLOURS[group.verdict];
    const bars = group.episodes.map((e) => {
      const left = x(e.firstAt);
      return `<rect x="${left.toFixed(1)}" y="${y - 5}" width="${Math.max(4, x(e.lastAt) - left).toFixed(1)}" height="10" rx="3" fill="${colour}" fill-opacity="0.25"><title>${escapeHtml(`Episode ${span(e)}: ${e.bundles} bundles, ${e.verdict}`)}</title></rect>`;
    });
    const dots = summary.bundles
      .filter((b) => b.group === group.fingerprint)
      .map((b) => `<circle cx="${x(b.occurredAt).toFixed(1)}" cy="${y}" r="4" fill="${colour}"><title>${escapeHtml(time(b.occurredAt))}</title></circle>`);
    return `<text x="4" y="${y + 4}" font-size="12">Group ${index + 1}</text>${bars.join('')}${dots.join('')}`;
  });
  const axisY = summary.groups.length * ROW + 16;
  const axis =
    `<line x1="${LABEL}" y1="${axisY}" x2="${WIDTH - 4}" y2="${axisY}" stroke="#57606a"/>` +
    `<text x="${LABEL}" y="${axisY + 16}" font-size="11">${escapeHtml(time(new Date(start).toISOString()))}</text>` +
    `<text x="${WIDTH - 4}" y="${axisY + 16}" font-size="11" text-anchor="end">${escapeHtml(time(new Date(end).toISOString()))}</text>`;
  return (
    `<figure><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="timeline-title" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">` +
    `<title id="timeline-title">Incidents per group over time, from ${escapeHtml(time(new Date(start).toISOString()))} to ${escapeHtml(time(new Date(end).toISOString()))}</title>` +
    `${rows.join('')}${axis}</svg><figcaption>Each dot is one incident; a bar is an episode (incidents less than ${summary.windowMinutes} minutes apart). Times in UTC.</figcaption></figure>`
  );
}

function groupSection(summary: FleetSummary, index: number, name: (path: string) => string): string {
  const group = summary.groups[index]!;
  const networks = group.networks.map((n) => `${n.kind}, vpn ${n.vpn}, proxy ${n.proxy} (${n.bundles})`).join('; ');
  const episodes = group.episodes
    .map((e, n) => `<tr><td>${n + 1}</td><td>${escapeHtml(span(e))}</td><td>${e.bundles}</td><td>${e.reporters}</td><td>${e.devices}</td><td>${escapeHtml(e.verdict)}</td><td>${escapeHtml(e.evidence.join('; '))}</td></tr>`)
    .join('');
  return `<section>
<h2 id="group-${index + 1}">Group ${index + 1}: code ${escapeHtml(group.errorCode ?? 'none')}, action ${escapeHtml(group.action ?? 'not given')}</h2>
<p class="text">&ldquo;${escapeHtml(group.maskedText)}&rdquo;</p>
<p><strong>Verdict: <span class="verdict" style="color:${VERDICT_COLOURS[group.verdict]}">${escapeHtml(group.verdict)}</span></strong> &mdash; ${count(group.bundles, 'bundle')}, ${count(group.reporters, 'reporter')}, ${count(group.devices, 'device')}${group.unknownReporters ? ` (${count(group.unknownReporters, 'bundle')} without reporter ids)` : ''}, ${escapeHtml(span(group))}</p>
<ul>${group.evidence.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>
<table class="facts"><tbody>
<tr><th scope="row">Scopes</th><td>${counts(group.scopes, 'not given')}</td></tr>
<tr><th scope="row">Networks</th><td>${escapeHtml(networks)}</td></tr>
<tr><th scope="row">Zoom versions</th><td>${counts(group.zoomVersions)}</td></tr>
<tr><th scope="row">OS</th><td>${counts(group.os)}</td></tr>
<tr><th scope="row">Failing probes</th><td>${counts(group.failingProbes)}</td></tr>
<tr><th scope="row">Top findings</th><td>${escapeHtml(group.topFindings.map((f) => `${f.area} (${f.bundles})`).join('; ') || 'none')}</td></tr>
<tr><th scope="row">Logs at the error time</th><td>${logCountLines(group.logs, group.bundles).map(escapeHtml).join('<br>') || 'not read'}</td></tr>
<tr><th scope="row">Bundles</th><td>${group.paths.map((p) => escapeHtml(name(p))).join('<br>')}</td></tr>
</tbody></table>
<table><caption>Episodes</caption><thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Bundles</th><th scope="col">Reporters</th><th scope="col">Devices</th><th scope="col">Verdict</th><th scope="col">Evidence</th></tr></thead><tbody>${episodes}</tbody></table>
</section>`;
}

/** The whole page; `name` turns a bundle path into what is shown (the CLI shortens paths). */
export function summaryHtml(summary: FleetSummary, name: (path: string) => string = (p) => p): string {
  const counted = summary.groups.reduce((n, g) => n + g.bundles, 0);
  const rows = summary.groups
    .map(
      (g, i) =>
        `<tr><td><a href="#group-${i + 1}">${i + 1}</a></td><td>${escapeHtml(g.errorCode ?? 'none')}</td><td>${escapeHtml(g.action ?? 'not given')}</td><td>${escapeHtml(g.maskedText)}</td><td>${g.bundles}</td><td>${g.reporters}</td><td>${g.devices}</td><td>${escapeHtml(span(g))}</td><td>${escapeHtml(g.verdict)}</td></tr>`,
    )
    .join('');
  const invalid = summary.invalid.length
    ? `<section><h2 id="not-counted">Not counted</h2><table><thead><tr><th scope="col">File</th><th scope="col">Why</th></tr></thead><tbody>${summary.invalid
        .map((bad) => `<tr><td>${escapeHtml(name(bad.path))}</td><td>${escapeHtml(bad.reason)}</td></tr>`)
        .join('')}</tbody></table></section>`
    : '';
  const duplicates = summary.duplicates.length
    ? `<section><h2 id="duplicates">Counted once: copies of the same bundle</h2><table><thead><tr><th scope="col">File</th><th scope="col">Same bundle as</th></tr></thead><tbody>${summary.duplicates
        .map((copy) => `<tr><td>${escapeHtml(name(copy.path))}</td><td>${escapeHtml(name(copy.sameAs))}</td></tr>`)
        .join('')}</tbody></table></section>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Zoom Phone support bundles: summary</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1f2328; max-width: 72rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
.text { font-family: ui-monospace, monospace; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
</style>
</head>
<body>
<main>
<h1>Zoom Phone support bundles: summary</h1>
<p>${counted} bundles in ${summary.groups.length} groups; episodes split where incidents are more than ${summary.windowMinutes} minutes apart${summary.duplicates.length ? `; <a href="#duplicates">${summary.duplicates.length} ${summary.duplicates.length === 1 ? 'copy' : 'copies'} of a bundle counted once</a>` : ''}${summary.invalid.length ? `; <a href="#not-counted">${summary.invalid.length} files not counted</a>` : ''}.</p>
${timeline(summary)}
<table><caption>Groups</caption><thead><tr><th scope="col">#</th><th scope="col">Code</th><th scope="col">Action</th><th scope="col">Error text (masked)</th><th scope="col">Bundles</th><th scope="col">Reporters</th><th scope="col">Devices</th><th scope="col">When</th><th scope="col">Verdict</th></tr></thead><tbody>${rows}</tbody></table>
${summary.groups.map((_, i) => groupSection(summary, i, name)).join('\n')}
${duplicates}
${invalid}
</main>
</body>
</html>
`;
}
