import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeNationalIndex,
  NATIONAL_INDEX_FORMULAS,
  NATIONAL_INDEX_INPUT_KEYS,
  NationalIndexFormula,
  nationalIndexFormulaOn,
  NationalIndexInputs,
  roundedNationalIndex,
  roundedScore,
  type NationalIndex,
} from './national-index.ts';

const unmeasured = Object.fromEntries(NATIONAL_INDEX_INPUT_KEYS.map((k) => [k, null])) as NationalIndexInputs;
const inputs = (counts: Partial<NationalIndexInputs>): NationalIndexInputs => ({ ...unmeasured, ...counts });
const indicator = (index: NationalIndex, id: string) =>
  index.groups.flatMap((g) => g.indicators).find((i) => i.id === id)!;
const group = (index: NationalIndex, id: string) => index.groups.find((g) => g.id === id)!;
const on = '2025-03-31';

// A center with hand-computed scores: received (3) = 36 online + 54 direct + 10 carried over = 100.
const center = inputs({
  receivedOnline: 36,
  receivedDirect: 54,
  receivedCarriedOver: 10,
  resolvedEarly: 50,
  resolvedOnTime: 30,
  inProgressOnTime: 10,
  proceduresInForce: 500,
  proceduresAnnounced: 20,
  proceduresAnnouncedOnTime: 15,
  proceduresPublishedOnTime: 20,
  proceduresWithCompleteInfo: 500,
  dossiersProgressPublished: 100,
  proceduresOnlineFull: 300,
  proceduresOnlinePartial: 100,
  proceduresWithFee: 200,
  proceduresWithOnlinePayment: 200,
  dossiersWithFee: 50,
  dossiersPaidOnline: 20,
  feedbackReceived: 10,
  feedbackHandledOnTime: 10,
  feedbackSatisfied: 5,
  resultsIssued: 80,
  resultsIssuedElectronically: 32,
  dossiersDigitised: 45,
});

describe('national index scores (DESIGN §7, QĐ 766/QĐ-TTg)', () => {
  it.each([
    [
      'progress: 90 resolved early or on time + 5 in progress on time of 100 received',
      'progress.onTime',
      {
        receivedOnline: 30,
        receivedDirect: 50,
        receivedCarriedOver: 20,
        resolvedEarly: 60,
        resolvedOnTime: 30,
        inProgressOnTime: 5,
      },
      19,
      0.95,
    ],
    [
      'progress counts carried-over dossiers in the denominator',
      'progress.onTime',
      {
        receivedOnline: 0,
        receivedDirect: 0,
        receivedCarriedOver: 8,
        resolvedEarly: 2,
        resolvedOnTime: 0,
        inProgressOnTime: 0,
      },
      5,
      0.25,
    ],
    [
      'online dossiers 40% against 50%',
      'onlineService.dossiers',
      { receivedOnline: 40, receivedDirect: 60, receivedCarriedOver: 900 },
      4.8,
      0.4,
    ],
    [
      'online dossiers above the target are capped',
      'onlineService.dossiers',
      { receivedOnline: 70, receivedDirect: 30 },
      6,
      0.7,
    ],
    [
      'procedures online, full and partial, 60% against 80%',
      'onlineService.procedures',
      { proceduresOnlineFull: 200, proceduresOnlinePartial: 100, proceduresInForce: 500 },
      4.5,
      0.6,
    ],
    [
      'procedures online exactly at the target',
      'onlineService.procedures',
      { proceduresOnlineFull: 400, proceduresOnlinePartial: 0, proceduresInForce: 500 },
      6,
      0.8,
    ],
    [
      'payments online 40% against 80%',
      'onlinePayment.dossiers',
      { dossiersWithFee: 100, dossiersPaidOnline: 40 },
      2.5,
      0.4,
    ],
    ['ratings 81% satisfied against 90%', 'satisfaction.dossiers', { ratings: 100, ratingsSatisfied: 81 }, 5.4, 0.81],
    [
      'results issued electronically 60% against 80%',
      'digitisation.resultsElectronic',
      { resultsIssued: 100, resultsIssuedElectronically: 60 },
      6,
      0.6,
    ],
    [
      'a proportional indicator: progress published for half the dossiers',
      'transparency.progressPublished',
      { receivedOnline: 20, receivedDirect: 20, receivedCarriedOver: 10, dossiersProgressPublished: 25 },
      3,
      0.5,
    ],
  ] as const)('%s', (_, id, counts, score, ratio) => {
    const got = indicator(computeNationalIndex(inputs(counts), on), id);
    expect(got.score).toBeCloseTo(score, 10);
    expect(got.ratio).toBeCloseTo(ratio, 10);
    expect(got.measured).toBe(true);
  });

  it('adds indicators into groups and groups into the total', () => {
    const index = computeNationalIndex(center, on);
    const scores = Object.fromEntries(index.groups.map((g) => [g.id, g.score]));
    expect(scores).toEqual({
      transparency: 17,
      progress: 18,
      onlineService: expect.closeTo(10.8, 10),
      onlinePayment: 7.5,
      satisfaction: 9,
      digitisation: 8,
    });
    expect(index.total).toBeCloseTo(70.3, 10);
    expect(index).toMatchObject({ formulaVersion: 'qd766-2022', max: 100 });
  });

  it('shows each figure with its formula and inputs', () => {
    const got = indicator(computeNationalIndex(center, on), 'onlineService.dossiers');
    expect(got.formula.vi).toBe(
      'Điểm = 6 × min(1, R / 50%); R = hồ sơ tiếp nhận trực tuyến (4) / hồ sơ tiếp nhận trong kỳ (4) + (5)',
    );
    expect(got.target).toBe(0.5);
    expect(got.inputs.map((i) => [i.key, i.value])).toEqual([
      ['receivedOnline', 36],
      ['receivedDirect', 54],
    ]);
    expect(got.inputs[0]?.name.vi).toBe('Hồ sơ tiếp nhận trực tuyến trong kỳ (4)');
    const progress = indicator(computeNationalIndex(center, on), 'progress.onTime');
    expect(progress.formula.en).toMatch(/^Score = 20 × R; R = \(resolved early \(8\)/);
    expect(progress.target).toBeNull();
  });

  it('scores 0, unmeasured, when an input is not measured or there is nothing to measure', () => {
    const index = computeNationalIndex(
      inputs({ ...center, ratings: null, feedbackReceived: 0, dossiersReusingData: 3, receivedCarriedOver: null }),
      on,
    );
    expect(indicator(index, 'satisfaction.dossiers')).toMatchObject({
      score: 0,
      ratio: null,
      measured: false,
      reason: 'input_missing',
    });
    expect(indicator(index, 'satisfaction.feedbackOnTime')).toMatchObject({
      score: 0,
      measured: false,
      reason: 'nothing_to_measure',
    });
    // One missing term leaves the progress unmeasured, not computed on part of its denominator.
    expect(indicator(index, 'progress.onTime')).toMatchObject({ score: 0, measured: false, reason: 'input_missing' });
    expect(indicator(index, 'digitisation.reuse')).toMatchObject({ score: expect.closeTo(0.2, 10), measured: true });
    const empty = computeNationalIndex(
      inputs({
        receivedOnline: 0,
        receivedDirect: 0,
        receivedCarriedOver: 0,
        resolvedEarly: 0,
        resolvedOnTime: 0,
        inProgressOnTime: 0,
      }),
      on,
    );
    expect(indicator(empty, 'progress.onTime')).toMatchObject({
      score: 0,
      measured: false,
      reason: 'nothing_to_measure',
    });
    expect(computeNationalIndex(unmeasured, on).total).toBe(0);
  });

  it('rounds to 2 decimals only to show', () => {
    const index = computeNationalIndex(inputs({ receivedOnline: 1, receivedDirect: 2 }), on);
    expect(indicator(index, 'onlineService.dossiers').score).toBe((6 * 1) / (0.5 * 3));
    const shown = roundedNationalIndex(computeNationalIndex(inputs({ receivedOnline: 1, receivedDirect: 8 }), on));
    expect(indicator(shown, 'onlineService.dossiers').score).toBe(1.33);
    expect(group(shown, 'onlineService').score).toBe(1.33);
    expect(shown.total).toBe(1.33);
    expect([roundedScore(11 + 1 / 3), roundedScore(4.8000000000000001), roundedScore(0.125)]).toEqual([
      11.33, 4.8, 0.13,
    ]);
  });
});

describe('national index formulas', () => {
  it.each(NATIONAL_INDEX_FORMULAS.map((f) => [f.id, f] as const))(
    '%s is valid data whose points add up to exactly 100',
    (_, formula) => {
      expect(NationalIndexFormula.safeParse(formula).success).toBe(true);
      expect(formula.groups.reduce((a, g) => a + g.max, 0)).toBe(100);
      for (const g of formula.groups) expect(g.indicators.reduce((a, i) => a + i.max, 0)).toBe(g.max);
    },
  );

  it('keeps DESIGN §7 group points and targets', () => {
    const [qd766] = NATIONAL_INDEX_FORMULAS;
    expect(qd766?.groups.map((g) => [g.id, g.max])).toEqual([
      ['transparency', 18],
      ['progress', 20],
      ['onlineService', 12],
      ['onlinePayment', 10],
      ['satisfaction', 18],
      ['digitisation', 22],
    ]);
    const targets = Object.fromEntries(
      qd766!.groups
        .flatMap((g) => g.indicators)
        .flatMap((i) => (i.kind === 'ratio-target' && i.target < 1 ? [[i.id, i.target]] : [])),
    );
    expect(targets).toEqual({
      'onlineService.procedures': 0.8,
      'onlineService.dossiers': 0.5,
      'onlinePayment.procedures': 0.8,
      'onlinePayment.dossiers': 0.8,
      'satisfaction.dossiers': 0.9,
      'digitisation.resultsElectronic': 0.8,
    });
  });

  it('rejects a formula whose points do not add up', () => {
    const [qd766] = NATIONAL_INDEX_FORMULAS;
    const short = {
      ...qd766!,
      groups: qd766!.groups.map((g) =>
        g.id === 'progress' ? { ...g, max: 19, indicators: g.indicators.map((i) => ({ ...i, max: 19 })) } : g,
      ),
    };
    expect(NationalIndexFormula.safeParse(short).error?.issues.map((i) => i.message)).toEqual([
      'report.index_max_not_100',
    ]);
    const mismatched = {
      ...qd766!,
      groups: qd766!.groups.map((g) =>
        g.id === 'progress' ? { ...g, max: 20, indicators: g.indicators.map((i) => ({ ...i, max: 19 })) } : g,
      ),
    };
    expect(NationalIndexFormula.safeParse(mismatched).error?.issues.map((i) => i.message)).toEqual([
      'report.group_max_not_sum',
    ]);
  });

  it('picks the version in force on the last day of the period', () => {
    const [qd766] = NATIONAL_INDEX_FORMULAS;
    const later: NationalIndexFormula = {
      ...qd766!,
      id: 'test-2026',
      effectiveFrom: '2026-01-01',
      groups: qd766!.groups.map((g) =>
        g.id === 'onlineService'
          ? { ...g, indicators: g.indicators.map((i) => (i.kind === 'ratio-target' ? { ...i, target: 1 } : i)) }
          : g,
      ),
    };
    const versions = [qd766!, later];
    expect(nationalIndexFormulaOn('2022-06-23').id).toBe('qd766-2022');
    expect(nationalIndexFormulaOn('2025-07-01').id).toBe('qd766-2022');
    expect(nationalIndexFormulaOn('2014-12-31').id).toBe('qd766-2022'); // before the decree: scored by the first version
    expect(nationalIndexFormulaOn('2025-12-31', versions).id).toBe('qd766-2022');
    expect(nationalIndexFormulaOn('2026-01-01', versions).id).toBe('test-2026');
    const counts = inputs({ receivedOnline: 40, receivedDirect: 60 });
    expect(indicator(computeNationalIndex(counts, '2025-12-31', versions), 'onlineService.dossiers').score).toBeCloseTo(
      4.8,
      10,
    );
    expect(indicator(computeNationalIndex(counts, '2026-01-01', versions), 'onlineService.dossiers').score).toBeCloseTo(
      2.4,
      10,
    );
  });
});

describe('NationalIndexInputs', () => {
  it('takes counts or null, nothing else', () => {
    expect(NationalIndexInputs.safeParse(center).success).toBe(true);
    expect(NationalIndexInputs.safeParse(unmeasured).success).toBe(true);
    expect(NationalIndexInputs.safeParse({ ...center, ratings: -1 }).success).toBe(false);
    expect(NationalIndexInputs.safeParse({ ...center, ratings: 1.5 }).success).toBe(false);
    const { ratings: _, ...missing } = center;
    expect(NationalIndexInputs.safeParse(missing).success).toBe(false);
  });
});

describe('national index properties', () => {
  const count = fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null, freq: 5 });
  const anyInputs = fc.record(
    Object.fromEntries(NATIONAL_INDEX_INPUT_KEYS.map((k) => [k, count])) as Record<
      keyof NationalIndexInputs,
      typeof count
    >,
  );
  const date = fc.constantFrom('2014-06-30', '2022-06-23', '2025-06-30', '2025-07-01', '2031-12-31');

  it('keeps every score within [0, max] and the total the sum of the groups', () => {
    fc.assert(
      fc.property(anyInputs, date, (counts, day) => {
        const index = computeNationalIndex(counts, day);
        const indicators = index.groups.flatMap((g) => g.indicators);
        const within = indicators.every(
          (i) =>
            i.score >= 0 && i.score <= i.max && (i.measured ? i.ratio !== null : i.score === 0 && i.ratio === null),
        );
        const groupsAdd = index.groups.every(
          (g) =>
            g.score >= 0 &&
            g.score <= g.max &&
            Math.abs(g.score - g.indicators.reduce((a, i) => a + i.score, 0)) < 1e-9,
        );
        const totalAdds = Math.abs(index.total - index.groups.reduce((a, g) => a + g.score, 0)) < 1e-9;
        return within && groupsAdd && totalAdds && index.total <= index.max && index.max === 100;
      }),
      { numRuns: 500 },
    );
  });
});
