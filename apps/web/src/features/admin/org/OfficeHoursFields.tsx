import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_SESSIONS = 4;

/** A center's office hours (DESIGN §5, §13): one to four sessions, each HH:MM–HH:MM, each input named. */
export function OfficeHoursFields() {
  const { t } = useTranslation();
  const timeRule = { pattern: TIME, message: t('org.center.timeInvalid'), required: true };
  return (
    <fieldset className="plain-fieldset">
      <legend>
        <Typography.Text strong>{t('org.center.officeHours')}</Typography.Text>
      </legend>
      <Form.List name={['officeHours', 'sessions']}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap="small" align="start">
                <Form.Item name={[field.name, 'start']} rules={[timeRule]} style={{ flex: 1 }}>
                  <Input aria-label={t('org.center.start', { n: i + 1 })} placeholder="07:30" maxLength={5} />
                </Form.Item>
                <span aria-hidden style={{ lineHeight: '32px' }}>
                  –
                </span>
                <Form.Item name={[field.name, 'end']} rules={[timeRule]} style={{ flex: 1 }}>
                  <Input aria-label={t('org.center.end', { n: i + 1 })} placeholder="11:30" maxLength={5} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('org.center.removeSession', { n: i + 1 })}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= MAX_SESSIONS}
              onClick={() => add({ start: '', end: '' })}
              style={{ width: 'fit-content' }}
            >
              {t('org.center.addSession')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </fieldset>
  );
}
