import type { ReactNode } from 'react';
import { CheckCircleFilled, ClockCircleOutlined, RightCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { STEP_PATHS, stepState, type StepState } from './setup-view.ts';
import { useSetupSteps } from './useOrgAdmin.ts';
import './org.css';

// Solid dark tags (white text): antd's light "success" and "processing" tags fall below WCAG's 4.5:1 contrast.
const STATE_LOOK: Record<StepState, { color: string; icon: ReactNode }> = {
  done: { color: '#237804', icon: <CheckCircleFilled aria-hidden /> },
  next: { color: '#0958d9', icon: <RightCircleOutlined aria-hidden /> },
  waiting: { color: 'default', icon: <ClockCircleOutlined aria-hidden /> },
};

/** The five steps of a new province (issue 16), each with its state and a button to the page that does it. */
/** On the admin's home it has its own heading (h2); on its page the page's h1 names it. */
export function SetupGuide({ titled }: { titled: boolean }) {
  const { t } = useTranslation();
  const setup = useSetupSteps();
  return (
    <Card title={titled ? <h2 className="card-heading">{t('org.setup.title')}</h2> : undefined} size="small">
      {titled && <Typography.Paragraph type="secondary">{t('org.setup.intro')}</Typography.Paragraph>}
      {setup.isError && <Alert type="error" showIcon title={setup.error.message} />}
      {setup.isPending && <PageLoading />}
      <ol className="setup-steps" data-testid="setup-steps">
        {(setup.data?.steps ?? []).map((step) => {
          const state = stepState(step);
          const name = t(`org.setup.steps.${step.key}`);
          return (
            <li key={step.key} data-testid={`setup-step-${step.key}`} data-state={state}>
              <Flex justify="space-between" align="center" gap="small" wrap>
                <Flex vertical gap={4}>
                  <Typography.Text strong>{name}</Typography.Text>
                  <Tag color={STATE_LOOK[state].color} icon={STATE_LOOK[state].icon} style={{ width: 'fit-content' }}>
                    {t(`org.setup.state.${state}`, { count: step.count })}
                  </Tag>
                </Flex>
                <ButtonLink
                  to={STEP_PATHS[step.key]}
                  type={state === 'next' ? 'primary' : 'default'}
                  aria-label={t('org.setup.go', { step: name })}
                >
                  {name}
                </ButtonLink>
              </Flex>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
