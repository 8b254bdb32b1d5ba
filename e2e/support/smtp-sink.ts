import { SMTPServer } from 'smtp-server';
import { freePort } from './pg-cluster.ts';

/** A message as the sink received it: its envelope's recipients, its decoded subject and plain text. */
export type SunkMessage = { messageId: string; to: string[]; subject: string; text: string };

/**
 * A real SMTP server on loopback that records every message it accepts: `messageIds` in arrival order (the fault
 * tests count them), and `messages` with what a person would read (the account journeys read codes from them).
 */
export async function startSmtpSink() {
  const messageIds: string[] = [];
  const messages: SunkMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { headers } = splitEntity(raw);
        const messageId = headers.get('message-id')?.trim() ?? '';
        messageIds.push(messageId);
        messages.push({
          messageId,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
          subject: decodeWords(headers.get('subject') ?? ''),
          text: plainText(raw),
        });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));

  /** The first message to `to` after the `skip` earlier ones, waited for (the outbox sends in its own time). */
  const waitForMessage = async (to: string, skip = 0, timeoutMs = 30_000): Promise<SunkMessage> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.filter((m) => m.to.includes(to.toLowerCase()))[skip];
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no mail #${skip + 1} to ${to} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true`,
    messageIds,
    messages,
    waitForMessage,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A MIME entity's headers (names lower-case, folded lines joined) and its body. */
function splitEntity(raw: string): { headers: Map<string, string>; body: string } {
  const end = raw.search(/\r?\n\r?\n/);
  const head = end < 0 ? raw : raw.slice(0, end);
  const body = end < 0 ? '' : raw.slice(end).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const utf8 = (bytes: number[]) => Buffer.from(bytes).toString('utf8');

/** Quoted-printable (RFC 2045 §6.7): soft line breaks dropped, `=XX` as bytes, the rest as UTF-8. */
function decodeQuotedPrintable(text: string, underscoreIsSpace = false): string {
  const bytes: number[] = [];
  const source = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < source.length; i++) {
    const hex = source[i] === '=' ? /^[0-9A-Fa-f]{2}$/.exec(source.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else if (underscoreIsSpace && source[i] === '_') {
      bytes.push(0x20);
    } else {
      bytes.push(...Buffer.from(source[i]!, 'utf8'));
    }
  }
  return utf8(bytes);
}

/** A header's encoded words (RFC 2047: `=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) as text. */
function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data, true),
    );
}

/** The message's text/plain part, decoded; a single-part message's body when it has no parts. */
function plainText(raw: string): string {
  const { headers, body } = splitEntity(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    const texts = parts.map(plainText).filter((text) => text !== '');
    return texts[0] ?? '';
  }
  if (!/^text\/plain/i.test(type)) return '';
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}
