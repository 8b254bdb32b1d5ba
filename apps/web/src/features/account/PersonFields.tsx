import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The person an account holds (full name, CCCD, phone, birth date, address); `locked` fields are shown but not
 * editable (proven by the national identity, DESIGN §15). The date box gives `YYYY-MM-DD` as the API takes it.
 */
export function PersonFields({ locked = false }: { locked?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="fullName"
        label={t('account.fields.fullName')}
        rules={[{ required: true, whitespace: true, message: t('account.required.fullName') }]}
      >
        <Input autoComplete="name" readOnly={locked} maxLength={150} />
      </Form.Item>
      <Form.Item
        name="cccd"
        label={t('account.fields.cccd')}
        rules={[{ required: true, pattern: /^\s*\d{12}\s*$/, message: t('account.required.cccd') }]}
      >
        <Input inputMode="numeric" maxLength={12} readOnly={locked} />
      </Form.Item>
      <Form.Item
        name="birthDate"
        label={t('account.fields.birthDate')}
        rules={[{ required: true, message: t('account.required.birthDate') }]}
      >
        <Input type="date" autoComplete="bday" readOnly={locked} style={{ maxWidth: 200 }} />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('account.fields.phone')}
        rules={[{ required: true, whitespace: true, message: t('account.required.phone') }]}
      >
        <Input type="tel" inputMode="tel" autoComplete="tel" maxLength={20} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('account.fields.address')}
        rules={[{ required: true, whitespace: true, message: t('account.required.address') }]}
      >
        <Input.TextArea autoComplete="street-address" autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
      </Form.Item>
    </>
  );
}
