import { App, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HolidayRule } from '@motcua/core';
import type { adminCalendarVi } from '../../../i18n/admin-calendar-vi.ts';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../../components/problem/useProblemOnForm.ts';
import { ruleFromValues, valuesFromRule, type RuleValues } from './holiday-rule-values.ts';
import { useSaveHolidayRule } from './useCalendarAdmin.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
type FieldKey = keyof typeof adminCalendarVi.adminCalendar.rules.field;
const KIND_LABELS = { solar: 'kindSolar', lunar: 'kindLunar', adjacent: 'kindAdjacent' } as const;

/** Adds (`rule` null) or edits a holiday rule; the server checks it whole and names each bad field. */
export function HolidayRuleModal({ rule, onClose }: { rule: HolidayRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues>();
  const save = useSaveHolidayRule();
  const problem = useProblemOnForm(form);
  const kind = Form.useWatch('kind', form) ?? rule?.kind ?? 'solar';
  const f = (key: FieldKey) => t(`adminCalendar.rules.field.${key}` as const);
  const required = { required: true, message: f('required') };
  const weekdays = t('calendar.weekdaysLong', { returnObjects: true }) as string[];

  const onFinish = (values: RuleValues) => {
    problem.clear();
    save.mutate(ruleFromValues(values), {
      onSuccess: (saved) => {
        void message.success(t('adminCalendar.rules.saved', { name: saved.name }));
        onClose();
      },
      onError: problem.put,
    });
  };

  return (
    <Modal
      open
      title={t(rule ? 'adminCalendar.rules.editTitle' : 'adminCalendar.rules.addTitle')}
      okText={t('adminCalendar.rules.save')}
      cancelText={t('adminCalendar.rules.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <ProblemAlert error={save.error} general={problem.general} style={{ marginBottom: 16 }} />
      <Form<RuleValues>
        form={form}
        name="holiday-rule"
        layout="vertical"
        initialValues={valuesFromRule(rule)}
        onFinish={onFinish}
      >
        <Form.Item name="id" label={f('id')} extra={f('idHelp')} rules={[required, { pattern: /^[a-z0-9-]{1,60}$/ }]}>
          <Input disabled={rule !== null} />
        </Form.Item>
        <Form.Item name="name" label={t('adminCalendar.rules.name')} rules={[required]}>
          <Input />
        </Form.Item>
        <Form.Item name="basis" label={t('adminCalendar.rules.basis')}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={f('kind')} rules={[required]}>
          <Select options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label: f(label) }))} />
        </Form.Item>
        <Form.Item name="day" label={f('day')} rules={[required]}>
          <InputNumber min={1} max={31} />
        </Form.Item>
        <Form.Item name="month" label={f('month')} rules={[required]}>
          <InputNumber min={1} max={12} />
        </Form.Item>
        {kind !== 'adjacent' && (
          <Form.Item name="days" label={f('days')} rules={[required]}>
            <InputNumber min={1} max={10} />
          </Form.Item>
        )}
        {kind === 'lunar' && (
          <Form.Item name="offset" label={f('offset')} rules={[required]}>
            <InputNumber min={-10} max={10} />
          </Form.Item>
        )}
        {kind === 'adjacent' && (
          <Form.Item name="afterOn" label={f('afterOn')}>
            <Select mode="multiple" options={weekdays.map((label, value) => ({ value, label }))} />
          </Form.Item>
        )}
        <Form.Item name="from" label={f('from')} rules={[required, { pattern: DATE, message: f('dateInvalid') }]}>
          <Input placeholder="2026-01-01" />
        </Form.Item>
        <Form.Item name="to" label={f('to')} rules={[{ pattern: DATE, message: f('dateInvalid') }]}>
          <Input placeholder="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item name="setByNotice" label={f('setByNotice')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
