import type { ProcedureVersion } from '@motcua/core';
import { describe, expect, it } from 'vitest';
import { makeProcedure } from '../../../../../../packages/core/src/catalog/testing.ts';
import { planChange } from './import-plan.ts';

const today = '2026-11-25';
const stored = (p: ProcedureVersion, id = `v${p.version}`) => ({ id, procedure: p });

describe('what an imported row does to the catalog (DESIGN §4)', () => {
  it('a new code is version 1 from the date of its row', () => {
    const change = planChange(makeProcedure({ effectiveFrom: '2026-12-01' }), [], today);
    expect(change).toMatchObject({
      kind: 'create',
      next: { code: '1.001234', version: 1, effectiveFrom: '2026-12-01', effectiveTo: null },
    });
  });

  it('the same content changes nothing, whatever the order of its keys and the date of the row', () => {
    const { checklist, ...rest } = makeProcedure();
    const reordered = {
      checklist: checklist.map((item) => Object.fromEntries(Object.entries(item).reverse())),
      ...rest,
    } as ProcedureVersion;
    expect(planChange(makeProcedure({ effectiveFrom: '2026-12-01' }), [stored(reordered)], today)).toEqual({
      kind: 'unchanged',
    });
  });

  it('another content is the next version; the current one ends the day before', () => {
    const change = planChange(
      makeProcedure({ name: 'Tên mới', effectiveFrom: '2026-12-01' }),
      [stored(makeProcedure())],
      today,
    );
    expect(change).toMatchObject({
      kind: 'revise',
      previousId: 'v1',
      previous: { version: 1, effectiveTo: '2026-11-30' },
      next: { version: 2, name: 'Tên mới', effectiveFrom: '2026-12-01' },
    });
  });

  it('a change dated on or before the latest version started is refused', () => {
    expect(
      planChange(makeProcedure({ name: 'Tên mới', effectiveFrom: '2014-01-01' }), [stored(makeProcedure())], today),
    ).toEqual({ kind: 'too_early' });
  });

  it('compares with the version in force today, and numbers a change after a version already planned', () => {
    const current = makeProcedure({ effectiveTo: '2026-12-31' });
    const planned = makeProcedure({ version: 2, name: 'Từ năm 2027', effectiveFrom: '2027-01-01' });
    expect(planChange(makeProcedure(), [stored(current), stored(planned)], today)).toEqual({ kind: 'unchanged' });
    const change = planChange(
      makeProcedure({ name: 'Khác', effectiveFrom: '2027-02-01' }),
      [stored(current), stored(planned)],
      today,
    );
    expect(change).toMatchObject({
      kind: 'revise',
      previousId: 'v2',
      previous: { effectiveTo: '2027-01-31' },
      next: { version: 3 },
    });
  });
});
