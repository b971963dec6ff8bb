// README.md's CLI sections against the CLI itself: the synopsis names every option `zpb collect
// --help` has, once; the exit codes the CLI can return are all documented; links stay in the repo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECT_USAGE } from '../src-main/cli/collect-command.js';
import { SIGNAL_EXIT_CODES } from '../src-main/cli/process-guard.js';
import { EXIT } from '../src-main/cli/cli-io.js';
import { FAILED_ACTIONS, NETWORKS, RECENT_CHANGES, SCOPES } from '../src-shared/incident-report.js';
import { PROJECT_ROOT } from './helpers/run-cli.js';

const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`## ${title}`);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('README', () => {
  it('has a zpb collect synopsis with every option of --help, each once', () => {
    const synopsis = /```\n(zpb collect[\s\S]*?)```/.exec(section('`zpb collect`'))![1]!;
    const options = [...COLLECT_USAGE.matchAll(/^ {2}(?:-h, )?(--[a-z-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help');
    expect(options.length).toBeGreaterThan(15);
    for (const option of options) expect(synopsis.split(new RegExp(`\\[${option}[ \\]]`)).length - 1, option).toBe(1);
    const lines = synopsis.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(new Set(lines).size).toBe(lines.length);
  });

  it('documents every exit code the CLI returns and says that probes reach zoom.us by default', () => {
    const collect = section('`zpb collect`');
    for (const code of [...Object.values(EXIT), ...Object.values(SIGNAL_EXIT_CODES)]) expect(collect, String(code)).toContain(`\`${code}\``);
    expect(collect).toMatch(/By default it also runs the network probes: it connects to Zoom's hosts on zoom\.us/);
  });

  it('points at nothing outside the repository', () => {
    expect(readme).not.toMatch(/\]\(\.\.\/|`\.\.\/shared/);
  });
});

describe('zpb collect --help', () => {
  it('lists every accepted action, scope, network and recent change, within 100 columns', () => {
    const flat = COLLECT_USAGE.replace(/\s+/g, ' ');
    for (const value of [...FAILED_ACTIONS, ...SCOPES, ...NETWORKS, ...RECENT_CHANGES]) expect(flat, value).toMatch(new RegExp(`[ :]${value}[,\\s]`));
    for (const line of COLLECT_USAGE.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });
});
