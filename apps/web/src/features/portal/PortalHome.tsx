import {
  BarChartOutlined,
  CalendarOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  LoginOutlined,
  ProfileOutlined,
  SearchOutlined,
  SendOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCenterName } from '../../components/useCenterName.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';

/** The citizen portal's home, public and light (issue 19: the first page loads at most 250 kB of JavaScript). */
export function PortalHome() {
  const { t } = useTranslation();
  const center = useCenterName();
  usePageTitle(t('portal.title'));
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 760 }}>
      {/* Plain headings and text, not Ant Design's Typography: this page is the first one loaded (issue 19). */}
      <h1 className="page-title">{t('portal.title')}</h1>
      <p>{t('portal.welcome', { center })}</p>
      <Link to="/thu-tuc?onlineLevel=full" data-testid="portal-online-link">
        <SendOutlined aria-hidden /> {t('online.portal.online')}
      </Link>
      <Link to="/ho-so-cua-toi" data-testid="portal-my-dossiers-link">
        <ProfileOutlined aria-hidden /> {t('online.portal.my')}
      </Link>
      <Link to="/kho-giay-to" data-testid="portal-store-link">
        <FolderOpenOutlined aria-hidden /> {t('online.portal.store')}
      </Link>
      <Link to="/thu-tuc" data-testid="portal-catalog-link">
        <FileSearchOutlined aria-hidden /> {t('portal.catalogLink')}
      </Link>
      <Link to="/tra-cuu" data-testid="portal-lookup-link">
        <SearchOutlined aria-hidden /> {t('portal.lookupLink')}
      </Link>
      <Link to="/so-lieu" data-testid="portal-statistics-link">
        <BarChartOutlined aria-hidden /> {t('portal.statisticsLink')}
      </Link>
      <Link to="/calendar">
        <CalendarOutlined aria-hidden /> {t('portal.calendarLink')}
      </Link>
      <span>
        <UserOutlined aria-hidden />{' '}
        <Link to="/dang-nhap" data-testid="portal-citizen-login">
          {t('portal.citizenSignIn')}
        </Link>
        {' / '}
        <Link to="/dang-ky" data-testid="portal-register">
          {t('portal.citizenRegister')}
        </Link>
      </span>
      <Link to="/login">
        <LoginOutlined aria-hidden /> {t('portal.officerSignIn')}
      </Link>
    </Flex>
  );
}
