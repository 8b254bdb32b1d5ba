import type { FastifyServerOptions } from 'fastify';
import { randomUUID } from 'node:crypto';

/**
 * pino options: request ids, and no personal data or secrets in logs (DESIGN §10). Bodies are never
 * logged; headers that carry credentials and fields that may hold personal data are redacted.
 */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.passwordHash',
        '*.cccd',
        '*.phone',
        '*.email',
        'err.params',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        method: req.method,
        url: redactQuery(req.url),
        id: req.id,
      }),
    },
  };
}

/** Query strings can carry a look-up secret or a name: keep the path, drop the values. */
function redactQuery(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const params = new URLSearchParams(url.slice(at + 1));
  return `${url.slice(0, at)}?${[...params.keys()].map((k) => `${k}=…`).join('&')}`;
}

export const genReqId = (req: { headers: Record<string, unknown> }): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
};
