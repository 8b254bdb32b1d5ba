import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatLocalDate, parseLocalDate } from '../calendar/local-date.ts';
import { makeProcedure } from './testing.ts';
import {
  inForceOn,
  isInForce,
  latestVersion,
  reviseProcedure,
  versionHistoryIssues,
  versionInForce,
} from './versioning.ts';

const v1 = makeProcedure({ effectiveFrom: '2014-01-01', effectiveTo: '2025-06-30', agencySlug: 'gtvt' });
const v2 = makeProcedure({ version: 2, effectiveFrom: '2025-07-01', agencySlug: 'xaydung' });
const aDate = fc.integer({ min: parseLocalDate('2000-01-01'), max: parseLocalDate('2040-12-31') }).map(formatLocalDate);

describe('effective periods', () => {
  it('include both their first and their last day', () => {
    expect(isInForce(v1, '2014-01-01')).toBe(true);
    expect(isInForce(v1, '2025-06-30')).toBe(true);
    expect(isInForce(v1, '2025-07-01')).toBe(false);
    expect(isInForce(v1, '2013-12-31')).toBe(false);
    expect(isInForce(v2, '2099-12-31')).toBe(true);
  });

  it('give the version in force on a date', () => {
    expect(versionInForce([v1, v2], '2014-05-05')?.agencySlug).toBe('gtvt');
    expect(versionInForce([v1, v2], '2025-07-01')?.agencySlug).toBe('xaydung');
    expect(versionInForce([v1, v2], '2010-01-01')).toBeUndefined();
    expect(inForceOn([v1, v2], '2026-01-15')).toEqual([v2]);
    expect(latestVersion([v2, v1])).toBe(v2);
  });
});

describe('reviseProcedure', () => {
  const current = makeProcedure({ version: 3, effectiveFrom: '2024-01-01' });
  const content = { ...makeProcedure(), name: 'Cấp hộ chiếu phổ thông (sửa đổi)' };

  it('makes version + 1 from the date and ends the current one the day before', () => {
    const revision = reviseProcedure(current, content, '2025-03-01');
    expect(revision).toMatchObject({
      ok: true,
      previous: { version: 3, effectiveFrom: '2024-01-01', effectiveTo: '2025-02-28' },
      next: { version: 4, code: current.code, name: content.name, effectiveFrom: '2025-03-01', effectiveTo: null },
    });
  });

  it('keeps an earlier end the current version already had', () => {
    const ended = { ...current, effectiveTo: '2024-06-30' };
    expect(reviseProcedure(ended, content, '2025-01-01')).toMatchObject({
      ok: true,
      previous: { effectiveTo: '2024-06-30' },
    });
  });

  it('refuses a date on or before the current version took effect', () => {
    expect(reviseProcedure(current, content, '2024-01-01')).toEqual({
      ok: false,
      code: 'catalog.effective_from_too_early',
    });
  });

  it('leaves exactly one version in force on every day from the first one on', () => {
    fc.assert(
      fc.property(aDate, aDate, aDate, (a, b, on) => {
        const [from, change] = a < b ? [a, b] : [b, a];
        const revision = reviseProcedure(makeProcedure({ effectiveFrom: from }), content, change);
        if (from === change) return !revision.ok;
        if (!revision.ok) return false;
        const inForce = inForceOn([revision.previous, revision.next], on).length;
        return on < from
          ? inForce === 0
          : inForce === 1 &&
              versionHistoryIssues(
                [
                  { ...revision.previous, index: 0 },
                  { ...revision.next, index: 1 },
                ],
                [],
              ).length === 0;
      }),
      { numRuns: 500 },
    );
  });
});

describe('versionHistoryIssues', () => {
  const withIndex = <T>(items: T[]) => items.map((item, index) => ({ ...item, index }));

  it('accepts consecutive versions', () => {
    expect(versionHistoryIssues(withIndex([v1, v2]), ['procedures'])).toEqual([]);
  });

  it('finds overlapping, repeated and out-of-order versions', () => {
    const overlapping = { ...v2, effectiveFrom: '2025-06-30' };
    expect(versionHistoryIssues(withIndex([v1, overlapping]), ['p'])).toEqual([
      { path: ['p', 1, 'effectiveFrom'], code: 'catalog.versions_overlap' },
    ]);
    expect(versionHistoryIssues(withIndex([v1, { ...v1 }]), ['p'])).toContainEqual({
      path: ['p', 1, 'version'],
      code: 'catalog.duplicate',
    });
    const backwards = { ...v2, effectiveFrom: '2010-01-01', effectiveTo: '2010-12-31' };
    expect(versionHistoryIssues(withIndex([v1, backwards]), ['p'])).toEqual([
      { path: ['p', 1, 'effectiveFrom'], code: 'catalog.version_order' },
    ]);
  });
});
