/**
 * Many bundles at a glance: the groups (same error, same action) with the separation test's
 * verdict in words and its evidence, what each group's bundles share, its episodes, and the files
 * not counted. Each bundle's name opens its one-bundle view.
 */
import { count } from '../../src-shared/plural-words.js';
import { useId } from 'react';
import { logCountLines } from '../../src-shared/fleet/evidence-counts.js';
import type { FleetGroup, FleetSummary, FleetVerdict } from '../../src-shared/fleet/fleet-summary.js';
import { ACTION_LABELS } from '../wizard/choice-labels.js';
import { printableDeep } from '../../src-shared/printable-text.js';

/** What each verdict tells the admin to look at (the seed's separation test). */
export const VERDICT_WORDS: Readonly<Record<FleetVerdict, string>> = {
  'one-user': 'One person: check their account, licence, calling plan and session',
  'one-device': 'One computer: check that device (app version, reinstall, its network)',
  'shared-network': 'Shared network: review the firewall, proxy, VPN and DNS they share',
  'shared-version': 'One Zoom version: update the app, or look at that release',
  'shared-wide': 'Many people on many networks: check Zoom service status and recent admin or API changes',
  insufficient: 'Not enough to tell yet',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const span = (first: string, last: string) => (first === last ? when(first) : `${when(first)} to ${when(last)}`);
const counts = (record: Record<string, number>, none = 'none') =>
  Object.entries(record)
    .map(([value, n]) => `${value} (${n})`)
    .join('; ') || none;
const actionWords = (action: string | undefined) => (action ? (ACTION_LABELS as Record<string, string>)[action] ?? action : 'action not given');
const fileName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

function Group({ group, number, onOpen }: { group: FleetGroup; number: number; onOpen: (path: string) => void }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="fleet-group" data-testid="fleet-group">
      <h3 id={id}>
        Group {number}: {group.errorCode ? `code ${group.errorCode}` : 'no code'}, {actionWords(group.action)}
      </h3>
      <p className="muted">
        <code>{group.maskedText || '(no error text)'}</code>
      </p>
      <p className={`verdict verdict-${group.verdict}`} data-testid="fleet-verdict" data-verdict={group.verdict}>
        <strong>{VERDICT_WORDS[group.verdict]}</strong> <span className="badge">{group.verdict}</span>
      </p>
      <ul className="evidence">
        {group.evidence.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <dl className="facts">
        <div>
          <dt>Bundles</dt>
          <dd>
            {group.bundles} from {count(group.reporters, 'person')} on {count(group.devices, 'computer')}
            {group.unknownReporters > 0 && ` (${count(group.unknownReporters, 'bundle')} without reporter ids)`}
          </dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>{span(group.firstAt, group.lastAt)}</dd>
        </div>
        <div>
          <dt>Who they said is affected</dt>
          <dd>{counts(group.scopes, 'not given')}</dd>
        </div>
        <div>
          <dt>Networks</dt>
          <dd>{group.networks.map((n) => `${n.kind}, VPN ${n.vpn}, proxy ${n.proxy} (${n.bundles})`).join('; ')}</dd>
        </div>
        <div>
          <dt>Zoom versions</dt>
          <dd>{counts(group.zoomVersions)}</dd>
        </div>
        <div>
          <dt>Operating systems</dt>
          <dd>{counts(group.os)}</dd>
        </div>
        <div>
          <dt>Failing network tests</dt>
          <dd>{counts(group.failingProbes)}</dd>
        </div>
        <div>
          <dt>Top findings</dt>
          <dd>{group.topFindings.map((f) => `${f.area} (${f.bundles})`).join('; ') || 'none'}</dd>
        </div>
        <div>
          <dt>Logs at the error time</dt>
          <dd data-testid="fleet-log-events">{logCountLines(group.logs, group.bundles).join('; ') || 'not read'}</dd>
        </div>
      </dl>
      {group.episodes.length > 1 && (
        <>
          <p className="episodes-heading">Episodes ({group.episodes.length})</p>
          <ol className="episodes">
            {group.episodes.map((e) => (
              <li key={e.firstAt}>
                {span(e.firstAt, e.lastAt)}: {count(e.bundles, 'bundle')}, {count(e.reporters, 'person')}, verdict {e.verdict}
              </li>
            ))}
          </ol>
        </>
      )}
      <details className="fleet-files">
        <summary>{group.bundles === 1 ? 'Open its bundle' : `Open one of its ${group.bundles} bundles`}</summary>
        <ul>
          {group.paths.map((path) => (
            <li key={path}>
              <button type="button" className="link" onClick={() => onOpen(path)} title={path}>
                {fileName(path)}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

export function FleetSummaryView({ summary: read, onOpen }: { summary: FleetSummary; onOpen: (path: string) => void }) {
  // Everything here came from bundles and file names: bidi overrides and invisible characters are
  // shown escaped; opening a bundle still uses its real path.
  const summary = printableDeep(read);
  const realPath = new Map(read.groups.flatMap((g, gi) => g.paths.map((p, pi) => [summary.groups[gi]!.paths[pi]!, p] as const)));
  const open = (shown: string) => onOpen(realPath.get(shown) ?? shown);
  const counted = summary.groups.reduce((n, g) => n + g.bundles, 0);
  const notCounted = useId();
  const copies = useId();
  return (
    <div data-testid="fleet-summary">
      <p role="status">
        {count(counted, 'bundle')} in {count(summary.groups.length, 'group')}
        {summary.duplicates.length > 0 && `; ${count(summary.duplicates.length, 'copy')} of a bundle counted once`}
        {summary.invalid.length > 0 && `; ${summary.invalid.length} not counted`}.
      </p>
      <p className="muted">
        Bundles are grouped by error code, error text (numbers, ids and addresses ignored) and failed action; reports more than {summary.windowMinutes / 60} hours apart
        are separate episodes.
      </p>
      <div className="table-wrap">
        <table data-testid="fleet-groups">
          <caption className="visually-hidden">Groups</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Error</th>
              <th scope="col">Bundles</th>
              <th scope="col">People</th>
              <th scope="col">Computers</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {summary.groups.map((g, i) => (
              <tr key={g.fingerprint}>
                <td>{i + 1}</td>
                <td>
                  {g.errorCode ? `code ${g.errorCode}` : 'no code'}, {actionWords(g.action)}
                </td>
                <td>{g.bundles}</td>
                <td>{g.reporters}</td>
                <td>{g.devices}</td>
                <td>{g.verdict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.groups.map((g, i) => (
        <Group key={g.fingerprint} group={g} number={i + 1} onOpen={open} />
      ))}
      {summary.duplicates.length > 0 && (
        <section aria-labelledby={copies} data-testid="fleet-duplicates">
          <h3 id={copies}>Counted once: copies of the same bundle ({summary.duplicates.length})</h3>
          <ul>
            {summary.duplicates.map((copy) => (
              <li key={copy.path}>
                <code>{fileName(copy.path)}</code>: same bundle as <code>{fileName(copy.sameAs)}</code>
              </li>
            ))}
          </ul>
        </section>
      )}
      {summary.invalid.length > 0 && (
        <section aria-labelledby={notCounted} data-testid="fleet-invalid">
          <h3 id={notCounted}>Not counted ({summary.invalid.length})</h3>
          <ul>
            {summary.invalid.map((bad) => (
              <li key={bad.path}>
                <code>{fileName(bad.path)}</code>: {bad.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
