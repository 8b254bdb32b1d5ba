import { describe, expect, it } from 'vitest';
import {
  DocumentForm,
  DocumentKind,
  DossierChannel,
  DossierStatus,
  DossierWarning,
  InProgressTimeliness,
  NoticeForm,
  PauseReason,
  RATING_LABELS,
  RatingChannel,
  RatingCriterion,
  RatingLevel,
  ResolvedTimeliness,
  ResultDelivery,
  STATUS_LABELS,
  StepRole,
  TRANSITION_LABELS,
  TransitionName,
  WARNING_LABELS,
  ConsultationWarning,
  PersonalDataGround,
  PersonalDataView,
  CenterLevel,
  PasswordDelivery,
  Role,
  SETUP_STEPS,
} from '@motcua/core';
import { consultationEn } from './consultation-en.ts';
import { consultationVi } from './consultation-vi.ts';
import { en } from './en.ts';
import { privacyEn } from './privacy-en.ts';
import { privacyVi } from './privacy-vi.ts';
import { orgEn } from './org-en.ts';
import { orgVi } from './org-vi.ts';
import { vi } from './vi.ts';

const resources = {
  vi: { ...vi, ...consultationVi, ...privacyVi, ...orgVi },
  en: { ...en, ...consultationEn, ...privacyEn, ...orgEn },
};

/** The text at a dotted key, or undefined: what i18next would find (it shows the key itself when nothing is there). */
function textAt(messages: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

/**
 * Every enum value the dossier, look-up and catalog screens show goes through i18n (issue 14: the pause
 * reason appeared as "supplement"). The values are read from core's enums, so a new value without its
 * Vietnamese and English words fails here.
 */
const SHOWN_THROUGH_I18N: [string, readonly string[]][] = [
  ['dossier.pauses.reasons', PauseReason.options],
  ['dossier.channel', DossierChannel.options],
  ['dossier.notice', NoticeForm.options],
  ['dossier.documents.kinds', DocumentKind.options],
  ['dossier.classification.resolved', ResolvedTimeliness.options],
  ['dossier.classification.inProgress', InProgressTimeliness.options],
  ['catalog.delivery', ResultDelivery.options],
  ['catalog.role', StepRole.options],
  ['catalog.documentForm', DocumentForm.options],
  ['consultation.result', ResolvedTimeliness.options],
  ['consultation.warning', ConsultationWarning.options],
  ['privacy.ground', PersonalDataGround.options],
  ['privacy.view', PersonalDataView.options],
  ['org.roles', Role.options],
  ['org.center.levels', CenterLevel.options],
  ['org.officer.deliveries', PasswordDelivery.options],
  ['org.setup.steps', SETUP_STEPS],
];

describe('enums shown to a person are worded in Vietnamese and English', () => {
  it.each(SHOWN_THROUGH_I18N)('%s has a word for each value', (prefix, values) => {
    for (const language of ['vi', 'en'] as const)
      for (const value of values) {
        const text = textAt(resources[language], `${prefix}.${value}`);
        expect(typeof text === 'string' && text.trim() !== '', `${language}: ${prefix}.${value}`).toBe(true);
      }
  });

  it('the labels core keeps for statuses, transitions, warnings and ratings cover every value in both languages', () => {
    const tables: [Record<string, Record<'vi' | 'en', string>>, readonly string[]][] = [
      [STATUS_LABELS, DossierStatus.options],
      [TRANSITION_LABELS, TransitionName.options],
      [WARNING_LABELS, DossierWarning.options],
      [RATING_LABELS.level, RatingLevel.options],
      [RATING_LABELS.criterion, RatingCriterion.options],
      [RATING_LABELS.channel, RatingChannel.options],
    ];
    for (const [labels, values] of tables)
      for (const value of values) {
        expect(labels[value]?.vi, value).toMatch(/\S/);
        expect(labels[value]?.en, value).toMatch(/\S/);
        // Not the raw value: "supplement" is not a word a citizen reads.
        expect(labels[value]?.vi).not.toBe(value);
      }
  });
});
