import { useState } from 'react';
import { StopOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CatalogSection } from '../../../components/catalog/CatalogSection.tsx';
import { useCatalogFormat } from '../../../components/catalog/useCatalogFormat.ts';
import { fieldErrors } from '../../../components/problem/problem.ts';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { todayInVietnam } from './procedure-form-values.ts';
import { useRetireProcedure } from './useCatalogAdmin.ts';

/** Ends the procedure after a date (the latest version's period ends then), once confirmed. */
export function RetireCard({ code, baseVersion }: { code: string; baseVersion: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useCatalogFormat();
  const [date, setDate] = useState(todayInVietnam);
  const retire = useRetireProcedure(code);
  const onConfirm = () =>
    retire.mutate(
      { baseVersion, effectiveTo: date },
      { onSuccess: () => void message.success(t('adminCatalog.retire.done', { date: format.date(date) })) },
    );
  return (
    <CatalogSection id="retire" title={t('adminCatalog.retire.title')}>
      <Flex vertical gap="small">
        <Typography.Text type="secondary">{t('adminCatalog.retire.intro')}</Typography.Text>
        <Flex gap="small" align="end" wrap>
          <div>
            <label htmlFor="retire-date">
              <Typography.Text strong>{t('adminCatalog.retire.date')}</Typography.Text>
            </label>
            <Input
              id="retire-date"
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
              style={{ width: 180, display: 'block', marginTop: 4 }}
            />
          </div>
          <Popconfirm
            title={t('adminCatalog.retire.action')}
            description={t('adminCatalog.retire.confirm', { code, date: date ? format.date(date) : '' })}
            okText={t('adminCatalog.retire.ok')}
            cancelText={t('adminCatalog.retire.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={onConfirm}
            disabled={!date}
          >
            <Button danger icon={<StopOutlined aria-hidden />} loading={retire.isPending} disabled={!date}>
              {t('adminCatalog.retire.action')}
            </Button>
          </Popconfirm>
        </Flex>
        <ProblemAlert error={retire.error} general={fieldErrors(retire.error)} />
      </Flex>
    </CatalogSection>
  );
}
