import { DeleteOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficeHours } from '@motcua/core';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../../components/problem/useProblemOnForm.ts';
import { sessionTimeItem } from './office-hours-errors.ts';
import { useSaveOfficeHours } from './useCalendarAdmin.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_SESSIONS = 4;

export function OfficeHoursForm({ initial }: { initial: OfficeHours }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficeHours>();
  const save = useSaveOfficeHours();
  const problem = useProblemOnForm(form, { locate: sessionTimeItem });
  const timeRule = { pattern: TIME, message: t('adminCalendar.officeHours.timeInvalid'), required: true };

  const onFinish = (hours: OfficeHours) => {
    problem.clear();
    save.mutate(hours, {
      onSuccess: () => void message.success(t('adminCalendar.officeHours.saved')),
      onError: problem.put,
    });
  };

  return (
    <Form<OfficeHours>
      form={form}
      initialValues={initial}
      onFinish={onFinish}
      disabled={save.isPending}
      data-testid="office-hours-form"
    >
      <Typography.Paragraph type="secondary">{t('adminCalendar.officeHours.intro')}</Typography.Paragraph>
      <ProblemAlert error={save.error} general={problem.general} style={{ marginBottom: 16 }} />
      <Form.List name="sessions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap="small" align="start">
                <Form.Item name={[field.name, 'start']} rules={[timeRule]} style={{ flex: 1 }}>
                  <Input
                    aria-label={t('adminCalendar.officeHours.start', { n: i + 1 })}
                    placeholder="07:30"
                    inputMode="numeric"
                    maxLength={5}
                  />
                </Form.Item>
                <span aria-hidden style={{ lineHeight: '32px' }}>
                  –
                </span>
                <Form.Item name={[field.name, 'end']} rules={[timeRule]} style={{ flex: 1 }}>
                  <Input
                    aria-label={t('adminCalendar.officeHours.end', { n: i + 1 })}
                    placeholder="11:30"
                    inputMode="numeric"
                    maxLength={5}
                  />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('adminCalendar.officeHours.remove', { n: i + 1 })}
                  title={t('adminCalendar.officeHours.remove', { n: i + 1 })}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Flex gap="small" wrap>
              <Button
                icon={<PlusOutlined aria-hidden />}
                disabled={fields.length >= MAX_SESSIONS}
                onClick={() => add({ start: '', end: '' })}
              >
                {t('adminCalendar.officeHours.add')}
              </Button>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending}>
                {t('adminCalendar.officeHours.save')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
