/**
 * One HTTP GET over a path we choose: direct, or through an HTTP proxy (CONNECT tunnel for https,
 * absolute-form request for http). Certificates are not judged here (the TLS probe does that);
 * any HTTP answer proves the path works.
 */
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import tls from 'node:tls';
import type { ProxyConfig } from './proxy-config.js';
import { resolveHost } from './resolve-host.js';
import { connectTcp } from './tcp-probe.js';

export interface HttpGetRequest {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
  proxy: ProxyConfig | null;
  signal: AbortSignal;
  timeoutMs: number;
  /** Bytes of body kept (the rest is drained); default 1 MiB. */
  maxBodyBytes?: number;
  /** DNS servers to ask instead of the system's (the environment's). */
  dnsServers?: readonly string[];
}

export interface HttpGetResponse {
  status: number;
  body: Buffer;
  /** The proxy's answer to CONNECT, when tunnelled. */
  connectStatus?: number;
}

/** The proxy answered, but not with 200 to CONNECT. */
export class ProxyRefusedError extends Error {
  constructor(readonly status: number) {
    super(`the proxy answered CONNECT with HTTP ${status}`);
    this.name = 'ProxyRefusedError';
  }
}

/** Opens a CONNECT tunnel to host:port through the proxy. */
async function tunnel(request: HttpGetRequest, proxy: ProxyConfig): Promise<{ socket: net.Socket; connectStatus: number }> {
  const proxyAddress = (await resolveHost(proxy.host, request.signal, request.timeoutMs, request.dnsServers)).address;
  const authority = `${request.host.includes(':') ? `[${request.host}]` : request.host}:${request.port}`;
  const connect = http.request({
    host: proxyAddress,
    port: proxy.port,
    method: 'CONNECT',
    path: authority,
    headers: { host: authority, ...(proxy.authorization ? { 'proxy-authorization': proxy.authorization } : {}) },
    agent: false,
    signal: request.signal,
  });
  connect.on('error', () => undefined); // surfaced by once() below
  connect.end();
  const [response, socket] = (await once(connect, 'connect', { signal: request.signal })) as [http.IncomingMessage, net.Socket];
  if (response.statusCode !== 200) {
    socket.destroy();
    throw new ProxyRefusedError(response.statusCode ?? 0);
  }
  return { socket, connectStatus: 200 };
}

/** Reads up to `max` bytes of the body, then stops. */
async function readBody(response: http.IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let kept = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    if (kept < max) chunks.push(chunk.subarray(0, max - kept));
    kept += chunk.length;
    if (kept >= max) break;
  }
  return Buffer.concat(chunks);
}

/** Performs the GET; throws network errors, HostLookupError or ProxyRefusedError. Always closes its sockets. */
export async function httpGet(request: HttpGetRequest): Promise<HttpGetResponse> {
  const { scheme, host, port, proxy, signal } = request;
  const sockets: net.Socket[] = [];
  const hostHeader = port === (scheme === 'https' ? 443 : 80) ? host : `${host}:${port}`;
  try {
    let connectStatus: number | undefined;
    let socket: net.Socket;
    let path = request.path;
    if (proxy && scheme === 'https') {
      ({ socket, connectStatus } = await tunnel(request, proxy));
    } else if (proxy) {
      // Plain http through a proxy: send the absolute URL to the proxy itself.
      socket = await connectTcp((await resolveHost(proxy.host, signal, request.timeoutMs, request.dnsServers)).address, proxy.port, signal);
      path = `http://${hostHeader}${request.path}`;
    } else {
      socket = await connectTcp((await resolveHost(host, signal, request.timeoutMs, request.dnsServers)).address, port, signal);
    }
    sockets.push(socket);
    if (scheme === 'https') {
      const secure = tls.connect({ socket, servername: net.isIP(host) ? undefined : host, rejectUnauthorized: false });
      sockets.push(secure);
      await once(secure, 'secureConnect', { signal });
      socket = secure;
    }
    const connected = socket;
    const headers: Record<string, string> = { host: hostHeader, 'user-agent': 'zpb-probe', accept: '*/*', connection: 'close' };
    if (proxy && scheme === 'http' && proxy.authorization) headers['proxy-authorization'] = proxy.authorization;
    const get = http.request({ method: 'GET', path, headers, signal, createConnection: () => connected });
    get.on('error', () => undefined); // surfaced by once() below
    get.end();
    const [response] = (await once(get, 'response', { signal })) as [http.IncomingMessage];
    const body = await readBody(response, request.maxBodyBytes ?? 1024 * 1024);
    return { status: response.statusCode ?? 0, body, ...(connectStatus ? { connectStatus } : {}) };
  } finally {
    for (const socket of sockets) socket.destroy();
  }
}
