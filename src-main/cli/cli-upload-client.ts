/**
 * The CLI's HTTP client for uploads: undici's fetch through an EnvHttpProxyAgent, so https_proxy,
 * http_proxy and no_proxy from the environment are honoured (a corporate proxy is reached with
 * CONNECT), and --ca-file adds a corporate root to Node's bundled ones (for the proxy and the server).
 */
import tls from 'node:tls';
import type { fetch as UndiciFetch } from 'undici';
import type { Environment } from '../platform/environment.js';
import { readRegularFile, RegularFileError } from '../platform/regular-file.js';
import type { UploadFetch } from '../upload/upload-http.js';
import { UsageError } from './usage-error.js';

/** A PEM bundle of a few certificates; anything larger is not one. */
const MAX_CA_BYTES = 1024 * 1024;

/** Reads --ca-file: one or more PEM certificates. */
async function readCaFile(file: string): Promise<string> {
  let text: string;
  try {
    text = (await readRegularFile(file, MAX_CA_BYTES)).toString('utf8');
  } catch (error) {
    if (error instanceof RegularFileError) throw new UsageError(`--ca-file: ${file}: ${error.message}`);
    throw error;
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) throw new UsageError(`--ca-file: ${file} holds no PEM certificate`);
  return text;
}

/** The undici-based client for this environment, with the extra root from `caFile` when given. */
export async function cliUploadFetch(environment: Environment, caFile: string | undefined): Promise<UploadFetch> {
  // Loaded here, not with the CLI: only a run that sends anything needs undici (~0.1 s to load).
  const loaded = await import('undici');
  // Node's import() of the CommonJS package names its exports; the bundled CLI's hands them as `default`.
  const { EnvHttpProxyAgent, fetch: undiciFetch } = 'EnvHttpProxyAgent' in loaded ? loaded : (loaded as unknown as { default: typeof loaded }).default;
  const env = environment.env;
  const ca = caFile ? [...tls.rootCertificates, await readCaFile(caFile)] : undefined;
  const agent = new EnvHttpProxyAgent({
    httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
    httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
    noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
    ...(ca ? { connect: { ca }, requestTls: { ca }, proxyTls: { ca } } : {}),
  });
  // undici types its own web streams apart from the DOM ones; they are the same objects at run time.
  return (url, init) => undiciFetch(url, { ...init, dispatcher: agent } as Parameters<typeof UndiciFetch>[1]) as ReturnType<UploadFetch>;
}
