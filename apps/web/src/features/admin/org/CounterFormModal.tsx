import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CounterDetail } from '@motcua/core';
import { useFields } from '../../../api/catalog.ts';
import { todayInVietnam } from '../../../components/useCenterName.ts';
import { OrgFormModal } from './OrgFormModal.tsx';
import { orgPaths } from './org-api.ts';
import {
  counterValuesOf,
  createCounterRequestOf,
  updateCounterRequestOf,
  type CounterValues,
} from './org-form-values.ts';
import { useAgencyOptions, useOrgCommand } from './useOrgAdmin.ts';

export type CounterFormProps = { centerId: string; counter: CounterDetail | null; onClose: () => void };

/** Creating a counter of a center (null) or editing one: its number, name, agency and fields (none: a shared desk). */
export function CounterFormModal({ centerId, counter, onClose }: CounterFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CounterValues>();
  const agencies = useAgencyOptions();
  const agency = Form.useWatch('agency', form);
  // The catalog's fields of the chosen agency; before an import there are none, and codes may be typed.
  const fields = useFields(agency);
  const save = useOrgCommand(CounterDetail, (values: CounterValues) =>
    counter
      ? { path: orgPaths.counter(counter.id), method: 'PATCH', body: updateCounterRequestOf(values) }
      : { path: orgPaths.centerCounters(centerId), body: createCounterRequestOf(values) },
  );
  const required = (field: string) => ({ required: true, message: t('org.common.required', { field }) });
  return (
    <OrgFormModal<CounterValues, unknown>
      title={counter ? t('org.counter.editTitle', { number: counter.number }) : t('org.counter.createTitle')}
      name="counter"
      form={form}
      initialValues={counterValuesOf(counter ?? undefined, todayInVietnam())}
      command={save}
      onClose={onClose}
    >
      <Form.Item name="number" label={t('org.counter.number')} rules={[required(t('org.counter.number'))]}>
        <InputNumber min={1} max={999} precision={0} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('org.counter.name')}
        rules={[{ ...required(t('org.counter.name')), whitespace: true }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="agency" label={t('org.counter.agency')} extra={t('org.counter.agencyHint')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={agencies.isPending}
          options={(agencies.data?.items ?? []).map((a) => ({ value: a.slug, label: a.name }))}
        />
      </Form.Item>
      {agency && (
        <Form.Item name="fields" label={t('org.counter.fields')} extra={t('org.counter.fieldsHint')}>
          <Select
            mode="tags"
            optionFilterProp="label"
            loading={fields.isPending}
            options={(fields.data ?? []).map((f) => ({ value: f.code, label: `${f.code} – ${f.name}` }))}
          />
        </Form.Item>
      )}
      {!counter && (
        <Form.Item name="validFrom" label={t('org.common.validFrom')} rules={[required(t('org.common.validFrom'))]}>
          <Input type="date" />
        </Form.Item>
      )}
    </OrgFormModal>
  );
}
