/**
 * What a log line says of an error (DESIGN §14: errors are logged by request id, never with the values they carry).
 * A failed query's error holds its SQL parameters (drizzle's `params` and its message "Failed query: … params: …"),
 * PostgreSQL's `detail` holds the row ("Key (cccd)=(…) already exists") and some messages quote the value refused
 * ('invalid input syntax for type uuid: "…"'). Kept: the class, the SQLSTATE code, the names of the constraint,
 * table and column, the message with its values cut, and the stack frames.
 */
type AnyError = Error & Record<string, unknown>;

export type LoggedError = {
  type: string;
  message: string;
  stack: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  statusCode?: number;
  cause?: LoggedError;
};

const NAMES = ['constraint', 'table', 'column', 'schema', 'dataType'] as const;
const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** The message without values: drizzle's query and parameters dropped, quoted values that are not a name cut. */
function safeMessage(err: AnyError): string {
  const message = String(err.message ?? '');
  if (message.startsWith('Failed query:')) return 'Failed query (SQL and parameters not logged)';
  const names = new Set(NAMES.map((n) => text(err[n])).filter((n) => n !== undefined));
  return message
    .replace(/"([^"]*)"/g, (whole, inner: string) => (names.has(inner) ? whole : '"…"'))
    .replace(/'([^']*)'/g, "'…'");
}

/** The stack's frames under the safe message: V8 starts a stack with the message, which may carry the values. */
function safeStack(err: AnyError, message: string): string {
  const frames = String(err.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line));
  return [`${err.name}: ${message}`, ...frames].join('\n');
}

export function serializeError(value: unknown, depth = 0): LoggedError {
  if (!(value instanceof Error)) return { type: typeof value, message: '(not an Error)', stack: '' };
  const err = value as AnyError;
  const message = safeMessage(err);
  const logged: LoggedError = { type: err.constructor?.name ?? err.name, message, stack: safeStack(err, message) };
  const code = text(err.code);
  if (code) logged.code = code;
  for (const name of ['constraint', 'table', 'column'] as const) {
    const v = text(err[name]);
    if (v) logged[name] = v;
  }
  if (typeof err.statusCode === 'number') logged.statusCode = err.statusCode;
  // drizzle wraps the driver's error: the cause says what PostgreSQL refused.
  if (err.cause !== undefined && depth < 3) logged.cause = serializeError(err.cause, depth + 1);
  return logged;
}
