import { Alert, Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NationalIndexIndicatorScore } from '@motcua/core';
import { useReportFormat } from '../../components/report/useReportFormat.ts';
import { currentLanguage } from '../../i18n/index.ts';

/** One indicator of the national index: its score, R against its target, the formula in words and every input (DESIGN §7: "each figure shows its formula and inputs"). */
export function IndexIndicator({ indicator: i }: { indicator: NationalIndexIndicatorScore }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const language = currentLanguage();
  const inputs = i.inputs.map((input) => ({
    key: input.key,
    label: input.name[language],
    children:
      input.value === null ? (
        <Typography.Text type="secondary" italic>
          {t('operations.nationalIndex.notMeasured')}
        </Typography.Text>
      ) : (
        <span className="report-number">{format.count(input.value)}</span>
      ),
  }));
  return (
    <Card type="inner" size="small" data-testid="index-indicator" data-id={i.id} data-measured={i.measured}>
      <Flex justify="space-between" align="baseline" gap="middle" wrap>
        <Typography.Text strong>{i.name[language]}</Typography.Text>
        <Typography.Text strong className="report-number" data-testid="index-indicator-score">
          {t('operations.nationalIndex.outOf', { score: format.score(i.score), max: format.score(i.max) })}
        </Typography.Text>
      </Flex>
      {i.measured ? (
        <Typography.Paragraph style={{ margin: '4px 0' }}>
          {t('operations.nationalIndex.ratio')}: <span className="report-number">{format.rate(i.ratio)}</span>
          {i.target !== null && ` (${t('operations.nationalIndex.target', { target: format.rate(i.target) })})`}
        </Typography.Paragraph>
      ) : (
        <Alert
          style={{ margin: '8px 0' }}
          type="warning"
          showIcon
          title={t('operations.nationalIndex.unmeasured')}
          description={i.reason && t(`operations.nationalIndex.reason.${i.reason}`)}
          data-testid="index-unmeasured"
        />
      )}
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('operations.nationalIndex.formula')}: </Typography.Text>
        {i.formula[language]}
      </Typography.Paragraph>
      <Descriptions size="small" column={1} bordered title={t('operations.nationalIndex.inputs')} items={inputs} />
    </Card>
  );
}
