import { describe, expect, it } from 'vitest';
import {
  isSameOrSuccessor,
  predecessorsOf,
  resolveAgency,
  validateSuccessions,
  type AgencyPeriod,
} from './agency-succession.ts';

const agency = (
  slug: string,
  effectiveFrom: string,
  effectiveTo: string | null = null,
  successorSlug: string | null = null,
): AgencyPeriod => ({
  slug,
  effectiveFrom,
  effectiveTo,
  successorSlug,
});
// DESIGN §4: the 2025 mergers, as the demo records them.
const agencies = [
  agency('gtvt', '2014-01-01', '2025-06-30', 'xaydung'),
  agency('xaydung', '2014-01-01'),
  agency('tnmt', '2014-01-01', '2025-06-30', 'nnmt'),
  agency('nnptnt', '2014-01-01', '2025-06-30', 'nnmt'),
  agency('nnmt', '2025-07-01'),
  agency('old', '2014-01-01', '2019-12-31', 'middle'),
  agency('middle', '2020-01-01', '2022-12-31', 'gtvt'),
  agency('closed', '2014-01-01', '2020-12-31'),
];

describe('resolveAgency', () => {
  it.each([
    ['gtvt', '2014-05-01', 'gtvt'],
    ['gtvt', '2025-06-30', 'gtvt'],
    ['gtvt', '2025-07-01', 'xaydung'],
    ['tnmt', '2026-01-15', 'nnmt'],
    ['nnptnt', '2026-01-15', 'nnmt'],
    ['nnmt', '2025-01-01', null],
    ['old', '2021-03-01', 'middle'],
    ['old', '2024-03-01', 'gtvt'],
    ['old', '2026-03-01', 'xaydung'],
    ['closed', '2026-01-01', null],
    ['gtvt', '2000-01-01', null],
    ['nosuch', '2020-01-01', null],
  ])('resolves %s on %s to %s', (slug, on, expected) => {
    expect(resolveAgency(agencies, slug, on)).toBe(expected);
  });
});

describe('predecessors', () => {
  it('lists everything that passed into an agency, through every hop', () => {
    expect(predecessorsOf(agencies, 'nnmt').sort()).toEqual(['nnptnt', 'tnmt']);
    expect(predecessorsOf(agencies, 'xaydung').sort()).toEqual(['gtvt', 'middle', 'old']);
    expect(isSameOrSuccessor(agencies, 'old', 'xaydung')).toBe(true);
    expect(isSameOrSuccessor(agencies, 'xaydung', 'gtvt')).toBe(false);
  });
});

describe('validateSuccessions', () => {
  it('accepts the demo mergers', () => {
    expect(validateSuccessions(agencies)).toEqual({ ok: true });
  });

  it.each([
    [
      'an unknown successor',
      [agency('a', '2014-01-01', '2020-01-01', 'zz')],
      [0, 'successorSlug'],
      'catalog.unknown_agency',
    ],
    [
      'a successor without end',
      [agency('a', '2014-01-01', null, 'b'), agency('b', '2014-01-01')],
      [0, 'effectiveTo'],
      'catalog.successor_needs_end',
    ],
    [
      'a successor that starts late',
      [agency('a', '2014-01-01', '2020-01-01', 'b'), agency('b', '2020-03-01')],
      [0, 'successorSlug'],
      'catalog.successor_not_in_force',
    ],
    ['a reversed period', [agency('a', '2014-01-01', '2013-01-01')], [0, 'effectiveTo'], 'catalog.period_reversed'],
    ['a repeated slug', [agency('a', '2014-01-01'), agency('a', '2015-01-01')], [1, 'slug'], 'catalog.duplicate'],
  ])('refuses %s', (_, list, path, code) => {
    expect(validateSuccessions(list)).toEqual({ ok: false, issues: [{ path, code }] });
  });

  it('cannot hold a cycle: each successor must be in force after its predecessor ended', () => {
    const cycle = [agency('a', '2014-01-01', '2020-01-01', 'b'), agency('b', '2014-01-01', '2019-01-01', 'a')];
    expect(validateSuccessions(cycle).ok).toBe(false);
    expect(resolveAgency(cycle, 'a', '2030-01-01')).toBeNull();
  });
});
