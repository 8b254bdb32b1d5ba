import { describe, expect, it } from 'vitest';
import { consultationSearchOf } from './consultation-params.ts';

const of = (query: string) => consultationSearchOf(new URLSearchParams(query));

describe('the consulted agency’s inbox in the URL', () => {
  it('awaited ones by default, first page of 20', () => {
    expect(of('')).toEqual({ status: 'open', warning: undefined, page: 1, pageSize: 20 });
  });

  it('keeps what the schema accepts and ignores the rest', () => {
    expect(of('status=all&warning=overdue&page=3&pageSize=50')).toEqual({
      status: 'all',
      warning: 'overdue',
      page: 3,
      pageSize: 50,
    });
    expect(of('status=closed&warning=late&page=0&pageSize=500')).toEqual({
      status: 'open',
      warning: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
