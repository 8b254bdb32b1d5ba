import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScheduledStep, WorkingLimit } from '@motcua/core';
import { useCatalogFormat } from './useCatalogFormat.ts';

/** The process step by step: who does it, its share of the limit, and when it is expected to be done after reception. */
export function StepsList({ steps, unit }: { steps: readonly ScheduledStep[]; unit: WorkingLimit['unit'] }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const expected = (step: ScheduledStep) =>
    unit === 'days' ? format.duration(step.endsAfterDays, 'days') : format.minutes(step.endsAfterMinutes, 'hours');
  return (
    <ol className="catalog-steps" data-testid="steps">
      {steps.map((step, i) => (
        <li key={i}>
          <Typography.Text strong>{step.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {t('catalog.steps.by', { role: t(`catalog.role.${step.role}`) })} ·{' '}
              {t('catalog.steps.budget', { duration: format.minutes(step.budgetMinutes, unit) })}
            </Typography.Text>
          </div>
          <div data-testid="step-expected">{t('catalog.steps.expected', { duration: expected(step) })}</div>
        </li>
      ))}
    </ol>
  );
}
