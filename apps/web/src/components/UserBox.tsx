import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Me } from '@motcua/core';
import { useLogout } from '../api/useLogout.ts';
import { ButtonLink } from './ButtonLink.tsx';
import { CHANGE_PASSWORD_PATH } from './password-redirect.ts';

/** The signed-in user's name, the way to change their password, and the sign-out button. */
export function UserBox({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const onLogout = () => logout.mutate(undefined, { onSuccess: () => void navigate('/login', { replace: true }) });
  return (
    <Flex align="center" gap="small" wrap>
      <UserOutlined aria-hidden />
      <Typography.Text strong data-testid="user-name">
        {me.fullName}
      </Typography.Text>
      <ButtonLink to={CHANGE_PASSWORD_PATH} icon={<KeyOutlined aria-hidden />} data-testid="change-password-link">
        {t('password.menu')}
      </ButtonLink>
      <Button icon={<LogoutOutlined aria-hidden />} loading={logout.isPending} onClick={onLogout}>
        {t('auth.logout')}
      </Button>
    </Flex>
  );
}
