import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsultationItem, ResolvedTimeliness } from '@motcua/core';
import { formatInstant } from './useDossierFormat.ts';
import './dossier.css';

/** What the answer cell shows of a consultation: the dossier page's `ConsultationView` and the inbox's item both have it. */
export type ConsultationAnswerProps = Pick<
  ConsultationItem,
  'answeredAt' | 'agrees' | 'opinion' | 'lapsed' | 'result'
> &
  Partial<Pick<ConsultationItem, 'closedAt'>>;

/** Late (answered after the deadline, or lapsed) in the overdue tone; early and on time as done. */
const TONES: Record<ResolvedTimeliness, string> = { early: 'done', onTime: 'done', late: 'stopped' };

/**
 * A consulted agency's answer with its own time against the consultation's deadline (core `consultationResult`,
 * DESIGN §7 criterion 2), or its lapse. Text wraps: nothing is cut off at 375 px.
 */
export function ConsultationAnswer(c: ConsultationAnswerProps) {
  const { t } = useTranslation();
  const result = c.result && (
    <Tag
      className={`dossier-tag dossier-tag-${TONES[c.result]}`}
      data-testid="consultation-result"
      data-result={c.result}
    >
      {t(`consultation.result.${c.result}`)}
    </Tag>
  );
  if (c.answeredAt)
    return (
      <Flex vertical gap={2} style={{ overflowWrap: 'anywhere' }}>
        <Typography.Text strong>{c.agrees ? t('consultation.agrees') : t('consultation.disagrees')}</Typography.Text>
        {c.opinion && <Typography.Text>{c.opinion}</Typography.Text>}
        <Typography.Text type="secondary">
          {t('consultation.answeredAt', { at: formatInstant(c.answeredAt) })}
        </Typography.Text>
        <div>{result}</div>
      </Flex>
    );
  if (c.lapsed)
    return (
      <Flex vertical gap={2} data-testid="consultation-lapsed">
        <Typography.Text>{t('consultation.lapsed')}</Typography.Text>
        <div>{result}</div>
      </Flex>
    );
  return (
    <Typography.Text type="secondary">
      {c.closedAt ? t('consultation.closed') : t('consultation.waiting')}
    </Typography.Text>
  );
}
