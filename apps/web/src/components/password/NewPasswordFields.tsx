import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { policyMessage } from './password-policy.ts';

/** The policy in words (DESIGN §13), shown above the fields so nobody learns it by failing. */
export function PasswordPolicy() {
  const { t } = useTranslation();
  return (
    <div data-testid="password-policy">
      <Typography.Text>{t('password.policyTitle')}</Typography.Text>
      <ul>
        <li>{t('password.policy.length')}</li>
        <li>{t('password.policy.common')}</li>
        <li>{t('password.policy.username')}</li>
      </ul>
    </div>
  );
}

/** The new password and its repeat; the policy is checked as the user types, the server's verdict lands here too. */
export function NewPasswordFields({
  username,
  name = 'newPassword',
  label,
  repeatLabel,
}: {
  username: string;
  /** The form's name of the password (`password` in a registration). */
  name?: string;
  label?: string;
  repeatLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={name}
        label={label ?? t('password.new')}
        hasFeedback
        rules={[
          { required: true, message: t('password.newRequired') },
          {
            validator: (_, value: string | undefined) => {
              const message = value ? policyMessage(value, username, currentLanguage()) : null;
              return message ? Promise.reject(new Error(message)) : Promise.resolve();
            },
          },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={repeatLabel ?? t('password.repeat')}
        dependencies={[name]}
        rules={[
          { required: true, message: t('password.newRequired') },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue(name)
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
