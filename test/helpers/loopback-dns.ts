// A DNS server on 127.0.0.1 for tests: answers every A question with 127.0.0.1 and every other
// question with no records, and remembers what it was asked, so probe tests resolve names
// without asking this machine's configured resolver (the suite sends nothing beyond loopback).
import dgram from 'node:dgram';
import dnsPacket from 'dns-packet';

export interface LoopbackDns {
  /** "127.0.0.1:PORT", for Environment.dnsServers. */
  server: string;
  /** Every question asked, as "A zoom.us". */
  asked: string[];
  close(): Promise<void>;
}

export async function startLoopbackDns(): Promise<LoopbackDns> {
  const socket = dgram.createSocket('udp4');
  const asked: string[] = [];
  socket.on('message', (message, peer) => {
    let query;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return;
    }
    const questions = query.questions ?? [];
    for (const q of questions) asked.push(`${q.type} ${q.name}`);
    const answers = questions.filter((q) => q.type === 'A').map((q) => ({ type: 'A' as const, name: q.name, ttl: 60, data: '127.0.0.1' }));
    const reply = dnsPacket.encode({ id: query.id, type: 'response', flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE, questions, answers });
    socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    server: `127.0.0.1:${socket.address().port}`,
    asked,
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}
