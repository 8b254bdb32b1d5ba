import pg from 'pg';

const RECONNECT_MS = { first: 500, max: 30_000 };
const listenSql = (verb: 'listen' | 'unlisten', channel: string) => `${verb} "${channel.replaceAll('"', '""')}"`;

/**
 * LISTEN holds its session: on a pooled connection the subscription would go back to the pool with it.
 * So one dedicated client listens on every channel of the handle, opened on the first `listen`; when it
 * drops (restart, failover) it reconnects with growing delays and listens again.
 */
export function createPgListener(url: string) {
  /** Per channel, each subscriber's payload handler and its optional "listening or not" handler. */
  const channels = new Map<string, Map<(payload: string) => void, ((listening: boolean) => void) | undefined>>();
  const tellListening = (listening: boolean) => {
    for (const subscribers of channels.values())
      for (const onListening of subscribers.values()) onListening?.(listening);
  };
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;
  let closed = false;

  async function connect(): Promise<pg.Client> {
    // A cut network must not leave the listener waiting forever: connecting times out (and is retried), and TCP
    // keep-alive notices a peer gone silent, so that the drop is seen and reconnected instead of heard as quiet.
    const candidate = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, keepAlive: true });
    candidate.on('notification', (message) => {
      for (const onPayload of channels.get(message.channel)?.keys() ?? []) onPayload(message.payload ?? '');
    });
    // Without an error listener a dropped connection would end the process.
    candidate.on('error', (error) => lost(candidate, error.message));
    candidate.on('end', () => lost(candidate, 'connection ended'));
    try {
      await candidate.connect();
      for (const channel of channels.keys()) await candidate.query(listenSql('listen', channel));
      if (closed) throw new Error('database handle closed');
      return candidate;
    } catch (error) {
      await candidate.end().catch(() => {});
      throw error;
    }
  }

  function ensureClient(): Promise<pg.Client> {
    if (client) return Promise.resolve(client);
    connecting ??= connect()
      .then((connected) => {
        client = connected;
        failures = 0;
        tellListening(true);
        return connected;
      })
      .catch((error: Error) => {
        failures++;
        scheduleReconnect();
        throw error;
      })
      .finally(() => {
        connecting = null;
      });
    return connecting;
  }

  function lost(which: pg.Client, reason: string) {
    if (which !== client) return;
    client = null;
    tellListening(false);
    console.error(`[motcua] database listener connection lost: ${reason}; reconnecting`);
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (closed || retry || channels.size === 0) return;
    const delay = Math.min(RECONNECT_MS.max, RECONNECT_MS.first * 2 ** failures);
    retry = setTimeout(() => {
      retry = undefined;
      if (channels.size === 0) return;
      ensureClient().catch((error: Error) =>
        console.error(`[motcua] database listener cannot reconnect: ${error.message}`),
      );
    }, delay);
    retry.unref();
  }

  return {
    async listen(
      channel: string,
      onPayload: (payload: string) => void,
      onListening?: (listening: boolean) => void,
    ): Promise<() => Promise<void>> {
      if (closed) throw new Error('database handle closed');
      const subscribers = channels.get(channel) ?? new Map();
      const first = subscribers.size === 0;
      subscribers.set(onPayload, onListening);
      channels.set(channel, subscribers);
      try {
        const connected = await ensureClient();
        if (first) await connected.query(listenSql('listen', channel));
      } catch (error) {
        subscribers.delete(onPayload);
        if (subscribers.size === 0) channels.delete(channel);
        throw error;
      }
      return async () => {
        subscribers.delete(onPayload);
        if (subscribers.size > 0 || channels.get(channel) !== subscribers) return;
        channels.delete(channel);
        await client?.query(listenSql('unlisten', channel)).catch(() => {});
      };
    },
    async close(): Promise<void> {
      closed = true;
      clearTimeout(retry);
      const open = client;
      client = null;
      await open?.end();
      await connecting?.catch(() => {});
    },
  };
}
