import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '@motcua/core';
import { OnlineLevelTag } from './OnlineLevelTag.tsx';
import { useCatalogFormat } from './useCatalogFormat.ts';

/** The procedure's identity and terms: code, agency, field, level, time limit, cut-off, online level, effective period. */
export function ProcedureFacts({ detail }: { detail: ProcedureDetail }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const p = detail.procedure;
  const effective = p.effectiveTo
    ? t('catalog.detail.effectiveRange', { from: format.date(p.effectiveFrom), to: format.date(p.effectiveTo) })
    : t('catalog.detail.effectiveFrom', { from: format.date(p.effectiveFrom) });
  const items = [
    { key: 'code', label: t('catalog.detail.code'), children: <span data-testid="procedure-code">{p.code}</span> },
    { key: 'agency', label: t('catalog.detail.agency'), children: detail.agency.name },
    { key: 'field', label: t('catalog.detail.field'), children: detail.field.name },
    { key: 'level', label: t('catalog.detail.level'), children: t(`catalog.level.${p.level}`) },
    {
      key: 'timeLimit',
      label: t('catalog.detail.timeLimit'),
      children: <span data-testid="procedure-time-limit">{format.timeLimit(p.timeLimit)}</span>,
    },
    ...(p.cutoffTime
      ? [
          {
            key: 'cutoff',
            label: t('catalog.detail.cutoff'),
            children: t('catalog.detail.cutoffValue', { time: p.cutoffTime }),
          },
        ]
      : []),
    {
      key: 'online',
      label: t('catalog.detail.onlineLevel'),
      children: (
        <>
          <OnlineLevelTag level={p.onlineLevel} /> {t(`catalog.onlineLevelMeaning.${p.onlineLevel}`)}
        </>
      ),
    },
    { key: 'suspension', label: t('catalog.detail.suspension'), children: t(`catalog.suspension.${p.suspensionMode}`) },
    { key: 'effective', label: t('catalog.detail.effective'), children: effective },
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}
