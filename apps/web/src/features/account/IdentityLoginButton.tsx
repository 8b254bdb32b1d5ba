import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Divider, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { identityStartUrl, useIdentityProvider } from '../../api/account.ts';

/**
 * The national identity log-in (DESIGN §15), offered only when the server has a provider; a real link, since the
 * provider's pages are not the app's. A test provider says so before anyone relies on it. The divider before the
 * password form comes with it: without the button there is nothing to choose between.
 */
export function IdentityLoginButton() {
  const { t } = useTranslation();
  const provider = useIdentityProvider();
  if (!provider.data?.enabled) return null;
  const { label, test } = provider.data;
  return (
    <>
      <Flex vertical gap="small" align="stretch">
        <Button
          type="primary"
          size="large"
          block
          href={identityStartUrl('/tai-khoan')}
          icon={<SafetyCertificateOutlined aria-hidden />}
          data-testid="identity-login"
          style={{ whiteSpace: 'normal', height: 'auto', minHeight: 48 }}
        >
          {t('account.login.identity', { label })}
        </Button>
        {test && (
          <Flex justify="center">
            {/* Orange's own text is too pale on its background (axe: colour contrast); the darkest orange reads. */}
            <Tag color="orange" style={{ color: '#873800' }} data-testid="identity-test">
              {t('account.login.test')}
            </Tag>
          </Flex>
        )}
      </Flex>
      <Divider plain>{t('account.login.or')}</Divider>
    </>
  );
}
