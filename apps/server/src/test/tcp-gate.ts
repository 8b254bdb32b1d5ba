import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between the app and the real PostgreSQL server that a test can cut: `down()` drops every open
 * connection (the server seems gone) and refuses new ones (ECONNREFUSED), `up()` lets them through again on
 * the same port; `cutNextStatement()` cuts one connection as it sends a statement. An outage of the shared server
 * without stopping it for the other test files.
 */
export async function openTcpGate(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  let cutNext = false;

  const relay = (client: Socket) => {
    const upstream = connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {}); // a cut is what this relay is for
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    // Registered before the pipe, so that a cut connection forwards nothing of what it was sending.
    client.on('data', () => {
      if (!cutNext) return;
      cutNext = false;
      client.destroy();
      upstream.destroy();
    });
    client.pipe(upstream).pipe(client);
  };

  const up = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer(relay);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });

  const down = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await up();
  /** The next connection that sends anything (a statement) is cut before it reaches the server: once. */
  const cutNextStatement = () => void (cutNext = true);

  return { port: () => port, up, down, cutNextStatement };
}
