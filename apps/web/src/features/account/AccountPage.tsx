import { KeyOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyProfile } from '../../api/account.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { CHANGE_PASSWORD_PATH } from '../../components/password-redirect.ts';
import { LoadFailed } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DeleteAccountCard } from './DeleteAccountCard.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { SessionsCard } from './SessionsCard.tsx';

/** The citizen's account (DESIGN §15): profile, sessions, password, deletion. Their dossiers join it with issue 19. */
export function AccountPage() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  usePageTitle(t('account.page.title'));
  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <LoadFailed message={profile.error.message} onRetry={() => void profile.refetch()} />;
  return (
    <Flex vertical gap="middle" style={{ maxWidth: 760 }}>
      <Typography.Title level={1} style={{ marginBottom: 0 }}>
        {t('account.page.title')}
      </Typography.Title>
      <ProfileCard profile={profile.data} />
      {profile.data.hasPassword && (
        <div>
          <ButtonLink to={CHANGE_PASSWORD_PATH} icon={<KeyOutlined aria-hidden />} data-testid="change-password-link">
            {t('account.page.changePassword')}
          </ButtonLink>
        </div>
      )}
      <SessionsCard />
      <DeleteAccountCard hasPassword={profile.data.hasPassword} />
    </Flex>
  );
}
