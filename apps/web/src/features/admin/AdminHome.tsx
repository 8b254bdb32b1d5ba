import { CalendarOutlined, FileSearchOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AreaPlaceholder } from '../../components/AreaPlaceholder.tsx';

/** The admin area: the functions ready so far, then what is still to come. */
export function AdminHome() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="large">
      <AreaPlaceholder title={t('admin.title')} description={t('admin.description')} />
      <nav aria-labelledby="admin-functions">
        <Typography.Title level={2} id="admin-functions" style={{ fontSize: 18 }}>
          {t('admin.functions')}
        </Typography.Title>
        <Flex vertical gap="small">
          <Link to="/admin/catalog" data-testid="admin-catalog-link">
            <FileSearchOutlined aria-hidden /> {t('admin.catalogLink')}
          </Link>
          <Link to="/admin/calendar" data-testid="admin-calendar-link">
            <CalendarOutlined aria-hidden /> {t('admin.calendarLink')}
          </Link>
        </Flex>
      </nav>
    </Flex>
  );
}
