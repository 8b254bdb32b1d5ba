import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { feeAmount, type Fee } from '@motcua/core';
import { useCatalogFormat } from './useCatalogFormat.ts';

/** Each fee or charge: one amount, or a table of amounts by case; with the discount when filed online. */
export function FeesList({ fees }: { fees: readonly Fee[] }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  if (fees.length === 0) return <Typography.Text>{t('catalog.fees.none')}</Typography.Text>;
  /** The amount (of a table's row) and, when filing online costs less, what it costs then. */
  const amount = (fee: Fee, rowLabel?: string) => {
    const online = feeAmount(fee, { online: true, rowLabel });
    const base = format.money(feeAmount(fee, { online: false, rowLabel }) ?? 0);
    if (fee.onlineDiscountPercent === 0 || online === null) return base;
    const note =
      fee.onlineDiscountPercent === 100
        ? t('catalog.fees.onlineFree')
        : t('catalog.fees.onlineDiscount', { percent: fee.onlineDiscountPercent, amount: format.money(online) });
    return (
      <>
        {base} <Typography.Text type="secondary">({note})</Typography.Text>
      </>
    );
  };
  return (
    <ul className="catalog-section-list" data-testid="fees">
      {fees.map((fee, i) => (
        <li key={i}>
          <Typography.Text strong>
            {t(`catalog.feeKind.${fee.kind}`)}: {fee.name}
          </Typography.Text>
          {fee.basis === 'fixed' ? (
            <div>{amount(fee)}</div>
          ) : (
            <ul className="catalog-section-list">
              {fee.rows.map((row) => (
                <li key={row.label}>
                  {row.label}: {amount(fee, row.label)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
