// electron-builder.yml checked against electron-builder's own configuration schema (app-builder-lib's
// validateConfiguration, the check `electron-builder` runs before packaging), offline, and the
// release identity it carries.
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_LINK_SCHEME } from '../../src-shared/request-link.js';
import { PROJECT_ROOT } from '../helpers/run-cli.js';

let config: Configuration;

/** electron-builder's debug log, switched off (it only records why a validation failed). */
const quietLog = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

async function validate(candidate: Configuration): Promise<void> {
  await validateConfiguration(candidate, quietLog);
}

beforeAll(async () => {
  config = await getConfig(PROJECT_ROOT, null, null);
});

describe('electron-builder.yml', () => {
  it('matches electron-builder\'s configuration schema', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('fails the schema on a misplaced or misspelled option (the check can fail)', async () => {
    await expect(validate({ ...config, linux: { ...config.linux, mimeType: ['x-scheme-handler/a'] } as Configuration['linux'] })).rejects.toThrow(/linux/);
    await expect(validate({ ...config, electronFuses: { runAsnode: false } } as unknown as Configuration)).rejects.toThrow(/electronFuses/);
  });

  it('names the app with a reverse-DNS id of its own, a product name and a version', async () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*){2,}$/);
    expect(config.appId).not.toMatch(/^com\.(example|electron)\./);
    expect(config.productName).toBe('Zoom Phone Support Bundle');
  });

  it('registers the request-link scheme for every OS (protocols)', () => {
    const schemes = (config.protocols as { schemes: string[] }[]).flatMap((p) => p.schemes);
    expect(schemes).toContain(REQUEST_LINK_SCHEME.replace(/:$/, ''));
  });

  it('publishes no update feed and makes no silent per-machine install', () => {
    expect(config.publish).toBeNull();
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });
});
