/**
 * Whether an error means "the database cannot be reached right now" (a restart, a failover, a network cut) rather
 * than "this query is wrong": the first is answered 503 with Retry-After and retried by the client and by the
 * background workers, the second is a bug (500) or a business answer. The error may come wrapped (drizzle's
 * DrizzleQueryError keeps the driver's error as `cause`; a connection to several addresses fails as an AggregateError).
 */

/** SQLSTATE class 08 (connection exception) and the shutdown codes of class 57 (operator intervention). */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;
/** Socket failures of Node, by their `code`. */
const UNAVAILABLE_SYSCALL = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** node-postgres names a connection lost under it only in its message (no code). */
const UNAVAILABLE_MESSAGE =
  /^Connection terminated|^Client has encountered a connection error|timeout exceeded when trying to connect/;

/** Seconds a client is asked to wait before retrying (PostgreSQL's fast restart takes a few). */
export const RETRY_AFTER_SECONDS = 5;

export function isConnectionError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SYSCALL.has(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
  if (Array.isArray(errors) && errors.some((e) => isConnectionError(e, depth + 1))) return true;
  return isConnectionError(cause, depth + 1);
}

/** What the log may say of such an error: its code or first line, never the query or its parameters. */
export function connectionErrorSummary(error: unknown, depth = 0): string {
  const { code, message, cause } = (error ?? {}) as { code?: unknown; message?: unknown; cause?: unknown };
  if (cause && depth < 5 && isConnectionError(cause)) return connectionErrorSummary(cause, depth + 1);
  const firstLine = typeof message === 'string' ? message.split('\n')[0]!.slice(0, 200) : 'unknown';
  return typeof code === 'string' ? `${code} ${firstLine}` : firstLine;
}
