import { useState } from 'react';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A temporary password, shown once (DESIGN §13: the admin never sets a password, and the server keeps only its
 * hash): it is copied or noted now, then gone. Closed only by its button, so that a stray click does not lose it.
 */
export function CredentialsModal({
  username,
  password,
  onClose,
}: {
  username: string;
  password: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = () => void navigator.clipboard.writeText(password).then(() => setCopied(true));
  return (
    <Modal
      open
      title={t('org.credentials.title', { username })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('org.credentials.done')}
        </Button>
      }
    >
      <Flex vertical gap="middle">
        <Alert type="warning" showIcon title={t('org.credentials.warning')} />
        <div>
          <Typography.Text type="secondary" id="temporary-password-label">
            {t('org.credentials.password')}
          </Typography.Text>
          <Flex align="center" gap="small" wrap>
            <output
              className="credential-secret"
              aria-labelledby="temporary-password-label"
              data-testid="temporary-password"
            >
              {password}
            </output>
            <Button icon={copied ? <CheckOutlined aria-hidden /> : <CopyOutlined aria-hidden />} onClick={copy}>
              {copied ? t('org.credentials.copied') : t('org.credentials.copy')}
            </Button>
          </Flex>
        </div>
      </Flex>
    </Modal>
  );
}
