import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepRole } from '@motcua/core';
import { useDossierFormat } from './useDossierFormat.ts';

export type ScheduledStepView = {
  name: string;
  role?: StepRole;
  expectedAt: string | null;
  done: boolean;
  current: boolean;
};

/** The procedure's steps with the moment each is expected to end (DESIGN §5 "Step budgets"), the current one marked. */
export function StepsSchedule({ steps }: { steps: readonly ScheduledStepView[] }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  if (steps.length === 0) return <Typography.Text type="secondary">{t('dossier.steps.none')}</Typography.Text>;
  return (
    <ol className="dossier-steps" data-testid="dossier-steps">
      {steps.map((step, i) => (
        <li
          key={i}
          aria-current={step.current ? 'step' : undefined}
          data-testid="dossier-step"
          data-state={step.done ? 'done' : step.current ? 'current' : 'pending'}
        >
          <span>{step.name}</span>
          {step.role && <Typography.Text type="secondary"> · {t(`catalog.role.${step.role}`)}</Typography.Text>}
          <div>
            {step.done ? (
              <Typography.Text>
                <CheckCircleOutlined aria-hidden /> {t('dossier.steps.done')}
              </Typography.Text>
            ) : step.current ? (
              <Typography.Text strong>
                <ClockCircleOutlined aria-hidden /> {t('dossier.steps.current')}
              </Typography.Text>
            ) : null}
            {step.done || step.current ? ' · ' : ''}
            <Typography.Text type="secondary">
              {step.expectedAt
                ? t('dossier.steps.expected', { at: format.instant(step.expectedAt) })
                : t('dossier.steps.notScheduled')}
            </Typography.Text>
          </div>
        </li>
      ))}
    </ol>
  );
}
