import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Me } from '@motcua/core';
import { useLogout } from '../api/useLogout.ts';
import { ButtonLink } from './ButtonLink.tsx';
import { areaByKey, canEnter, CITIZEN_SIGN_IN_PATH, OFFICER_SIGN_IN_PATH } from './areas.ts';
import { CHANGE_PASSWORD_PATH } from './password-redirect.ts';

/**
 * The signed-in user's name, the way to change their password, and the sign-out button. A citizen's name opens their
 * account, where the password is changed (an account made by the identity log-in has none to change).
 */
export function UserBox({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const citizen = canEnter(areaByKey('account'), me);
  const signIn = citizen ? CITIZEN_SIGN_IN_PATH : OFFICER_SIGN_IN_PATH;
  const onLogout = () => logout.mutate(undefined, { onSuccess: () => void navigate(signIn, { replace: true }) });
  return (
    <Flex align="center" gap="small" wrap>
      <UserOutlined aria-hidden />
      {citizen ? (
        <Link to="/tai-khoan" data-testid="user-name">
          <strong>{me.fullName}</strong>
        </Link>
      ) : (
        <strong data-testid="user-name">{me.fullName}</strong>
      )}
      {!citizen && (
        <ButtonLink to={CHANGE_PASSWORD_PATH} icon={<KeyOutlined aria-hidden />} data-testid="change-password-link">
          {t('password.menu')}
        </ButtonLink>
      )}
      <Button icon={<LogoutOutlined aria-hidden />} loading={logout.isPending} onClick={onLogout}>
        {t('auth.logout')}
      </Button>
    </Flex>
  );
}
