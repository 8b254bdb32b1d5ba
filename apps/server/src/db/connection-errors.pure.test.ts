import { describe, expect, it } from 'vitest';
import { connectionErrorSummary, isConnectionError } from './connection-errors.ts';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
/** drizzle's wrapper: the query and its parameters in the message, the driver's error as `cause`. */
const wrapped = (cause: unknown) =>
  new Error('Failed query: insert into applicant values ($1)\nparams: 022195012300', { cause });

describe('which errors mean the database cannot be reached', () => {
  it.each([
    ['57P01 admin shutdown (pg_ctl restart -m fast)', withCode('57P01')],
    ['57P02 crash shutdown', withCode('57P02')],
    ['57P03 cannot connect now (starting up)', withCode('57P03')],
    ['08006 connection failure', withCode('08006')],
    ['08001 cannot establish', withCode('08001')],
    ['ECONNREFUSED (server down)', withCode('ECONNREFUSED')],
    ['ECONNRESET', withCode('ECONNRESET')],
    ['node-postgres losing its socket', new Error('Connection terminated unexpectedly')],
    ['the pool timing out on connect', new Error('timeout exceeded when trying to connect')],
    ['a broken client reused', new Error('Client has encountered a connection error and is not queryable')],
    ['wrapped by drizzle', wrapped(withCode('57P01'))],
    ['refused on every address', new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')])],
  ])('%s → unavailable', (_name, error) => expect(isConnectionError(error)).toBe(true));

  it.each([
    ['a unique violation', withCode('23505')],
    ['a serialization failure (retried by the command, not the client)', withCode('40001')],
    ['57014 query cancelled (a timeout, not an outage)', withCode('57014')],
    ['a bug', new TypeError('cannot read properties of undefined')],
    ['a wrapped constraint violation', wrapped(withCode('23514'))],
    ['not an error', 'Connection terminated'],
    ['nothing', undefined],
  ])('%s → not unavailable', (_name, error) => expect(isConnectionError(error)).toBe(false));

  it('the summary names the cause, never the query or its parameters', () => {
    const summary = connectionErrorSummary(
      wrapped(withCode('57P01', 'terminating connection due to administrator command')),
    );
    expect(summary).toBe('57P01 terminating connection due to administrator command');
    expect(summary).not.toContain('022195012300');
  });
});
