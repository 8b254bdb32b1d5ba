/**
 * What a log line says of a request (DESIGN §14: no query value, body or path secret in logs). A matched route is
 * logged as its pattern with only its id parameters filled in: `/api/v1/dossiers/by-code/:code` never carries the
 * QR text a scanner typed (it holds the look-up secret). An unmatched path keeps only its plain words.
 */
export type LoggedRequest = {
  method: string;
  url: string;
  id: string;
  params?: unknown;
  routeOptions?: { url?: string };
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A lower-case word (`api`, `dossiers`, `v1`, `forms`, `receipt.pdf`): a route's own text, never a secret (upper case). */
const PLAIN = /^(?:[a-z][a-z-]*|v\d+|[a-z][a-z-]*\.[a-z]{2,4})$/;

export function loggedPath(req: LoggedRequest): string {
  const pattern = req.routeOptions?.url;
  if (pattern) {
    const params = (req.params ?? {}) as Record<string, unknown>;
    // Ids are no personal data and tell which object failed; every other parameter stays a placeholder.
    return pattern.replace(/:(\w+)/g, (whole, name: string) => {
      const value = params[name];
      return typeof value === 'string' && UUID.test(value) ? value : whole;
    });
  }
  const path = req.url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) => (segment === '' || PLAIN.test(segment) || UUID.test(segment) ? segment : '…'))
    .join('/');
}

/** pino's `req` serializer: method, the path as above, the request id; never the query string, headers or body. */
export const serializeRequest = (req: LoggedRequest) => ({ method: req.method, url: loggedPath(req), id: req.id });
