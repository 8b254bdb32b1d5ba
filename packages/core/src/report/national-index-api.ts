import { z } from 'zod';
import { LocalDate } from '../calendar/local-date.ts';
import { AgencyRef } from '../auth/auth-api.ts';
import { NATIONAL_INDEX_INPUT_KEYS } from './national-index-inputs.ts';
import type { NationalIndex } from './national-index.ts';

const Text = z.object({ vi: z.string(), en: z.string() });

const IndicatorScore = z.object({
  id: z.string(),
  name: Text,
  kind: z.enum(['progress', 'ratio-target']),
  max: z.number(),
  score: z.number(),
  ratio: z.number().nullable(),
  target: z.number().nullable(),
  formula: Text,
  inputs: z.array(z.object({ key: z.enum(NATIONAL_INDEX_INPUT_KEYS), name: Text, value: z.number().nullable() })),
  measured: z.boolean(),
  reason: z.enum(['input_missing', 'nothing_to_measure']).nullable(),
});

/** The computed index as it travels (`computeNationalIndex`'s result). */
export const NationalIndexView = z.object({
  formulaVersion: z.string(),
  basis: z.string(),
  total: z.number(),
  max: z.number(),
  groups: z.array(
    z.object({ id: z.string(), name: Text, max: z.number(), score: z.number(), indicators: z.array(IndicatorScore) }),
  ),
}) satisfies z.ZodType<NationalIndex>;

/** `GET /api/v1/reports/national-index`: the period, the agency (or the whole province) and its index. */
export const NationalIndexReport = z.object({
  from: LocalDate,
  to: LocalDate,
  agency: AgencyRef.nullable(),
  index: NationalIndexView,
});
export type NationalIndexReport = z.infer<typeof NationalIndexReport>;
