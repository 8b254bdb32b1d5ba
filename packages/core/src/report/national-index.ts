import type { LocalDate } from '../calendar/local-date.ts';
import type { Language } from '../language.ts';
import {
  NATIONAL_INDEX_FORMULAS,
  type NationalIndexFormula,
  type NationalIndexIndicator,
} from './national-index-formula.ts';
import {
  NATIONAL_INDEX_INPUT_NAMES,
  type NationalIndexInputKey,
  type NationalIndexInputs,
} from './national-index-inputs.ts';

export * from './national-index-inputs.ts';
export * from './national-index-formula.ts';

type Text = Record<Language, string>;

/**
 * Why an indicator scores 0 without being measured: an input is null (the system does not count it yet),
 * or the denominator is 0 (nothing to measure in the period, e.g. no dossier received, no feedback).
 * Either way it scores 0 rather than full points: the index never rewards what was not measured.
 */
export type UnmeasuredReason = 'input_missing' | 'nothing_to_measure';

export type NationalIndexInputValue = { key: NationalIndexInputKey; name: Text; value: number | null };

export type NationalIndexIndicatorScore = {
  id: string;
  name: Text;
  kind: NationalIndexIndicator['kind'];
  max: number;
  /** Exact; round only to show it (`roundedNationalIndex`). */
  score: number;
  /** R, not capped (a part larger than its whole, a data error, shows above 1); null when unmeasured. */
  ratio: number | null;
  /** The R that earns the full points; null for `progress` (max × R). */
  target: number | null;
  formula: Text;
  inputs: NationalIndexInputValue[];
  measured: boolean;
  reason: UnmeasuredReason | null;
};

export type NationalIndexGroupScore = {
  id: string;
  name: Text;
  max: number;
  score: number;
  indicators: NationalIndexIndicatorScore[];
};

export type NationalIndex = {
  formulaVersion: string;
  basis: string;
  total: number;
  max: number;
  groups: NationalIndexGroupScore[];
};

/**
 * The version in force on `on` (the last day of the period). The index did not exist before QĐ 766;
 * an earlier period is scored by the first version, so that a center can follow its figures over the
 * years; the result names the version used.
 */
export function nationalIndexFormulaOn(
  on: LocalDate,
  formulas: readonly NationalIndexFormula[] = NATIONAL_INDEX_FORMULAS,
): NationalIndexFormula {
  let chosen = formulas[0];
  if (!chosen) throw new RangeError('no national index formula');
  for (const f of formulas) if (f.effectiveFrom <= on) chosen = f;
  return chosen;
}

const percent = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** The score's formula in words: "Điểm = 6 × min(1, R / 80%); R = …". */
export function indicatorFormula(indicator: NationalIndexIndicator): Text {
  const scored =
    indicator.kind === 'progress'
      ? `${indicator.max} × R`
      : `${indicator.max} × min(1, R / ${percent(indicator.target)})`;
  return { vi: `Điểm = ${scored}; R = ${indicator.formula.vi}`, en: `Score = ${scored}; R = ${indicator.formula.en}` };
}

function inputsOf(indicator: NationalIndexIndicator, inputs: NationalIndexInputs): NationalIndexInputValue[] {
  const keys = [...new Set([...indicator.numerator, ...indicator.denominator])];
  return keys.map((key) => ({ key, name: NATIONAL_INDEX_INPUT_NAMES[key], value: inputs[key] }));
}

function sumOf(keys: readonly NationalIndexInputKey[], inputs: NationalIndexInputs): number | null {
  let total = 0;
  for (const key of keys) {
    const value = inputs[key];
    if (value === null) return null;
    total += value;
  }
  return total;
}

export function scoreIndicator(
  indicator: NationalIndexIndicator,
  inputs: NationalIndexInputs,
): NationalIndexIndicatorScore {
  const target = indicator.kind === 'ratio-target' ? indicator.target : null;
  const base = {
    id: indicator.id,
    name: indicator.name,
    kind: indicator.kind,
    max: indicator.max,
    target,
    formula: indicatorFormula(indicator),
    inputs: inputsOf(indicator, inputs),
  };
  const part = sumOf(indicator.numerator, inputs);
  const whole = sumOf(indicator.denominator, inputs);
  if (part === null || whole === null)
    return { ...base, score: 0, ratio: null, measured: false, reason: 'input_missing' };
  if (whole === 0) return { ...base, score: 0, ratio: null, measured: false, reason: 'nothing_to_measure' };
  // max × part / (target × whole) in one division, so that exact cases stay exact (6 × 40 / 50 = 4.8).
  const score = Math.min(indicator.max, (indicator.max * part) / ((target ?? 1) * whole));
  return { ...base, score, ratio: part / whole, measured: true, reason: null };
}

/**
 * The national index of service quality (DESIGN §7; QĐ 766/QĐ-TTg) for one center or agency and one
 * period, by the formula in force on `on`: each indicator with its formula and inputs, a group's
 * score the sum of its indicators', the total the sum of the groups'.
 */
export function computeNationalIndex(
  inputs: NationalIndexInputs,
  on: LocalDate,
  formulas: readonly NationalIndexFormula[] = NATIONAL_INDEX_FORMULAS,
): NationalIndex {
  const formula = nationalIndexFormulaOn(on, formulas);
  const groups = formula.groups.map((g) => {
    const indicators = g.indicators.map((i) => scoreIndicator(i, inputs));
    return { id: g.id, name: g.name, max: g.max, score: sumScores(indicators), indicators };
  });
  return { formulaVersion: formula.id, basis: formula.basis, total: sumScores(groups), max: sumMax(groups), groups };
}

const sumScores = (xs: readonly { score: number }[]) => xs.reduce((a, x) => a + x.score, 0);
const sumMax = (xs: readonly { max: number }[]) => xs.reduce((a, x) => a + x.max, 0);

/** A score to 2 decimals, for display only (the index keeps exact numbers). */
export function roundedScore(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The same index with every score rounded to 2 decimals, to show. Rounded parts may not add up to the rounded total. */
export function roundedNationalIndex(index: NationalIndex): NationalIndex {
  return {
    ...index,
    total: roundedScore(index.total),
    groups: index.groups.map((g) => ({
      ...g,
      score: roundedScore(g.score),
      indicators: g.indicators.map((i) => ({ ...i, score: roundedScore(i.score) })),
    })),
  };
}
