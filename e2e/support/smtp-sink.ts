import { SMTPServer } from 'smtp-server';
import { freePort } from './pg-cluster.ts';

/** A real SMTP server on loopback that records the Message-ID of every message it accepts. */
export async function startSmtpSink() {
  const messageIds: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => (head += chunk.toString('utf8')));
      stream.on('end', () => {
        messageIds.push(/^Message-ID: (.*)$/im.exec(head)?.[1]?.trim() ?? '');
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    messageIds,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
