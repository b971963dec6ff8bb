// Flag parsing errors in words, through the real `zpb`: a value starting with "-" reaches the flag's
// own check (which says what values are allowed) instead of "argument is ambiguous"; a missing value,
// an unknown option and an unexpected argument each name what was wrong, on one line, exit 2.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli.js';
import { useTempDir } from '../../helpers/temp-dir.js';

const cwd = useTempDir('zpb-args-');

describe('zpb option errors', () => {
  for (const [args, message] of [
    [['collect', '--log-window', '-1'], '--log-window: expected a plain decimal number greater than 0 (like 20 or 0.5), got "-1"'],
    [['collect', '--max-total-mb', '-5'], '--max-total-mb: expected a plain decimal number greater than 0 (like 20 or 0.5), got "-5"'],
    [['collect', '--probe-deadline-ms', '-100'], '--probe-deadline-ms: expected whole milliseconds from 100 to 120000, got "-100"'],
    [['summarize', 'x', '--window', '-2h'], '--window: expected a whole number of minutes, hours or days like 90m, 2h or 1d, got "-2h"'],
    [['request', 'create', '--key', 'k.pem', '--kid', 'desk-1', '--ticket', 'T', '--expires', '-3d'], '--expires: expected a duration such as 30m, 72h or 7d, got "-3d"'],
    [['collect', '--out'], '--out: needs a value (--help says what it takes)'],
    [['collect', '--max-file-mb', '--json'], '--max-file-mb: needs a value (--help says what it takes)'],
    [['collect', '--bogus'], 'unknown option --bogus (--help lists the options)'],
    [['inspect', 'a.zip', '--what'], 'unknown option --what (--help lists the options)'],
    [['collect', 'extra'], 'unexpected argument "extra" (--help shows what this command takes)'],
  ] as const) {
    it(`${args.join(' ')}: one line that says what is allowed`, async () => {
      const run = await runCli([...args], { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`zpb: ${message}\n`);
    });
  }

  it('still takes a text value that starts with "-" where text is allowed', async () => {
    const run = await runCli(['collect', '--no-probes', '--error-text', '-32 Call failed', '--out', 'dash.zip', '--json'], { cwd, env: { HOME: cwd } });
    expect(run.code, run.stderr).toBe(0);
  });
});
