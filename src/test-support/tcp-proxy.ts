/**
 * A TCP relay between the app and PostgreSQL that a test can cut and restore: the
 * database "going away" (every open connection dropped, new ones refused) without
 * touching the server other tests share.
 */
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Drops every relayed connection and refuses new ones, as a stopped server would. */
  cut(): Promise<void>;
  /** Accepts connections again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<net.Socket>();
  const makeServer = () =>
    net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      open.add(client).add(upstream);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        open.delete(client);
        open.delete(upstream);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream).pipe(client);
    });
  const listen = (server: net.Server, port: number) => new Promise<number>((resolve) => server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
  const stop = (server: net.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

  let server = makeServer();
  const port = await listen(server, 0);
  let listening = true;
  return {
    port,
    async cut() {
      for (const socket of open) socket.destroy();
      open.clear();
      if (listening) await stop(server);
      listening = false;
    },
    async restore() {
      if (listening) return;
      server = makeServer();
      await listen(server, port);
      listening = true;
    },
    async close() {
      for (const socket of open) socket.destroy();
      if (listening) await stop(server);
      listening = false;
    },
  };
}
