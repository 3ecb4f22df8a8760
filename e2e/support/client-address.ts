import http from 'node:http';
import net from 'node:net';

/**
 * Lets a spec reach the server as a client with an address of its own.
 *
 * The server tells clients apart by the socket's peer address (server.ts), and
 * neither Playwright's request contexts nor its browsers can choose the source
 * address of a connection. So each "client" is a small forward proxy on
 * 127.0.0.1 that opens its onward connections from another loopback address
 * (Linux routes all of 127.0.0.0/8 to the loopback interface). Request
 * contexts tunnel through it with CONNECT; browsers send it plain proxied
 * requests. Pass `proxy` to `playwright.request.newContext` or `browser.newContext`.
 */
export type LoopbackClient = { address: string; proxy: { server: string }; close(): Promise<void> };

const HOP_BY_HOP = ['proxy-connection', 'proxy-authorization', 'connection', 'keep-alive'];

export async function loopbackClient(address = freshLoopbackAddress()): Promise<LoopbackClient> {
  const agent = new http.Agent({ keepAlive: true });
  const tunnels = new Set<net.Socket>();

  const proxy = http.createServer((req, res) => {
    const target = new URL(req.url!);
    const headers = { ...req.headers };
    for (const name of HOP_BY_HOP) delete headers[name];
    const onward = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers,
        localAddress: address,
        agent,
      },
      (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      },
    );
    onward.on('error', () => res.destroy());
    req.pipe(onward);
  });

  proxy.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    const [host, port] = req.url!.split(':');
    const onward = net.connect({ host, port: Number(port), localAddress: address }, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) onward.write(head);
      onward.pipe(socket);
      socket.pipe(onward);
    });
    for (const end of [socket, onward]) {
      tunnels.add(end);
      end.on('close', () => tunnels.delete(end));
    }
    onward.on('error', () => socket.destroy());
    socket.on('error', () => onward.destroy());
  });

  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as net.AddressInfo;
  return {
    address,
    proxy: { server: `http://127.0.0.1:${port}` },
    close: async () => {
      for (const socket of tunnels) socket.destroy();
      agent.destroy();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

const taken = new Set<string>();

/**
 * A loopback address other than 127.0.0.1 (where the other specs come from),
 * different on every call and every run: a retried test must not find the
 * lock-out its first attempt left behind.
 */
function freshLoopbackAddress(): string {
  const part = (max: number) => 1 + Math.floor(Math.random() * max);
  let address: string;
  do address = `127.${part(254)}.${part(254)}.${part(254)}`;
  while (taken.has(address));
  taken.add(address);
  return address;
}
