import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/useMe.ts';

/** A work area's h1 with the officer's agency (or center) under it. */
export function AreaHeading({ title }: { title: string }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  return (
    <div>
      <Typography.Title level={1} style={{ marginBottom: 4 }}>
        {title}
      </Typography.Title>
      {me?.agency && (
        <Typography.Text type="secondary" data-testid="area-agency">
          {t('area.agency', { name: me.agency.name })}
        </Typography.Text>
      )}
      {!me?.agency && me?.center && (
        <Typography.Text type="secondary">{t('area.center', { name: me.center.name })}</Typography.Text>
      )}
    </div>
  );
}
