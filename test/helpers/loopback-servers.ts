// Real servers on 127.0.0.1 for the network probe tests: listeners, silent TCP/UDP peers, TLS and
// HTTP servers, a CONNECT proxy and a tiny DNS responder. Each returns its port and a close().
import dgram from 'node:dgram';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

export const LOOPBACK = '127.0.0.1';

export interface Running {
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 at a free port; close() also ends the open connections. */
export async function listening(server: net.Server, sockets: Set<net.Socket> = new Set()): Promise<Running> {
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, LOOPBACK, resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A TCP listener that accepts and then says nothing (an open port, or a TLS server that never answers). */
export function silentTcpServer(): Promise<Running> {
  return listening(net.createServer(() => undefined));
}

/** A port nobody listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = await silentTcpServer();
  await server.close();
  return server.port;
}

/** A UDP socket that receives and never answers; `received` counts the datagrams. */
export async function silentUdpSocket(): Promise<Running & { received: Buffer[] }> {
  const socket = dgram.createSocket('udp4');
  const received: Buffer[] = [];
  socket.on('message', (message) => received.push(message));
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
  return { port: socket.address().port, received, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}

/** A UDP port nobody listens on. */
export async function closedUdpPort(): Promise<number> {
  const socket = await silentUdpSocket();
  await socket.close();
  return socket.port;
}

/** A TLS server with the given key and certificate chain (PEM) and options (e.g. protocol limits). */
export function tlsServer(options: tls.TlsOptions): Promise<Running> {
  const server = tls.createServer(options, (socket) => socket.end());
  server.on('tlsClientError', () => undefined);
  return listening(server);
}

/** An HTTP(S) server answering every request with the handler's status and body. */
export function httpServer(handler: (request: http.IncomingMessage) => { status: number; body: string }, tlsOptions?: tls.TlsOptions): Promise<Running & { requests: string[] }> {
  const requests: string[] = [];
  const onRequest = (request: http.IncomingMessage, response: http.ServerResponse) => {
    requests.push(`${request.method} ${request.url}`);
    const { status, body } = handler(request);
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  };
  const server = tlsOptions ? https.createServer(tlsOptions, onRequest) : http.createServer(onRequest);
  return listening(server).then((running) => ({ ...running, requests }));
}

/**
 * An HTTP proxy that handles CONNECT by tunnelling to `upstreamPort` on loopback whatever host was
 * asked for (so a test can ask for a host that is unreachable directly), or refuses with `refuseWith`.
 * `connects` records each CONNECT authority and each plain request line.
 */
export async function connectProxy(upstreamPort: number, refuseWith?: number): Promise<Running & { connects: string[] }> {
  const connects: string[] = [];
  // Plain http through a proxy arrives in absolute form ("GET http://host/path"): answered here.
  const server = http.createServer((request, response) => {
    connects.push(`${request.method} ${request.url}`);
    response.writeHead(refuseWith ?? 200).end();
  });
  server.on('connect', (request: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    connects.push(request.url ?? '');
    client.on('error', () => undefined);
    if (refuseWith) {
      client.end(`HTTP/1.1 ${refuseWith} Forbidden\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    const upstream = net.connect(upstreamPort, LOOPBACK, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
  });
  return listening(server).then((running) => ({ ...running, connects }));
}

/**
 * A DNS responder: A queries get `a` (empty = NXDOMAIN when nxdomain, else no data); other types
 * get no answers. Built by hand from RFC 1035 section 4 (header, question echo, one A record).
 */
export async function dnsResponder(a: string[], nxdomain = false): Promise<Running & { queries: number }> {
  const socket = dgram.createSocket('udp4');
  const state = { queries: 0 };
  socket.on('message', (query, peer) => {
    state.queries++;
    let end = 12;
    while (query[end] !== 0 && end < query.length) end += query[end]! + 1;
    const questionEnd = end + 5;
    const qtype = query.readUInt16BE(end + 1);
    const answers = qtype === 1 ? a : [];
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2);
    header.writeUInt16BE(nxdomain ? 0x8183 : 0x8180, 2);
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answers.length, 6);
    const records = answers.map((ip) => {
      const record = Buffer.alloc(16);
      record.writeUInt16BE(0xc00c, 0);
      record.writeUInt16BE(1, 2);
      record.writeUInt16BE(1, 4);
      record.writeUInt32BE(60, 6);
      record.writeUInt16BE(4, 10);
      ip.split('.').forEach((octet, i) => record.writeUInt8(Number(octet), 12 + i));
      return record;
    });
    socket.send(Buffer.concat([header, query.subarray(12, questionEnd), ...records]), peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, LOOPBACK, resolve));
  return {
    port: socket.address().port,
    get queries() {
      return state.queries;
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
