import { describe, expect, it } from 'vitest';
import { platformCommandRunner } from '../../../src-main/platform/platform-command-runner.js';
import { fixtureRunner } from '../../helpers/fixture-runner.js';

const CHCP = 'cmd /d /c chcp';
const NETSH = 'netsh winhttp show proxy';

describe('platformCommandRunner', () => {
  it("on Windows decodes every output in the console's code page, asked once", async () => {
    const runCommand = fixtureRunner({ [CHCP]: { stdoutFile: 'win32/chcp-ru.cp866.txt' }, [NETSH]: { stdoutFile: 'win32/netsh-winhttp-direct-ru.cp866.txt' } });
    const run = platformCommandRunner({ platform: 'win32', runCommand });
    expect((await run('netsh', ['winhttp', 'show', 'proxy'])).stdout).toContain('Прямой доступ (без прокси-сервера).');
    await run('netsh', ['winhttp', 'show', 'proxy']);
    expect(runCommand.calls.filter((c) => c === CHCP)).toHaveLength(1);
  });

  it('on Windows with an unknown code page reads UTF-8', async () => {
    const runCommand = fixtureRunner({ [CHCP]: { stdout: 'Active code page: 12345\r\n' }, [NETSH]: { stdoutFile: 'win32/netsh-winhttp-direct.txt' } });
    expect((await platformCommandRunner({ platform: 'win32', runCommand })('netsh', ['winhttp', 'show', 'proxy'])).stdout).toContain('Direct access');
  });

  it('elsewhere runs commands as they are, without asking for a code page', async () => {
    const runCommand = fixtureRunner({ 'ip -d link show': { stdout: 'ok' } });
    expect((await platformCommandRunner({ platform: 'linux', runCommand })('ip', ['-d', 'link', 'show'])).stdout).toBe('ok');
    expect(runCommand.calls).toEqual(['ip -d link show']);
  });
});
