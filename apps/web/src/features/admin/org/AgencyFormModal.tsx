import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { AgencyDetail } from '@motcua/core';
import { useCenters } from '../../../api/centers.ts';
import { isOpenOn } from '../../../components/province-center.ts';
import { todayInVietnam } from '../../../components/useCenterName.ts';
import { OrgFormModal } from './OrgFormModal.tsx';
import { orgPaths } from './org-api.ts';
import { agencyValuesOf, createAgencyRequestOf, updateAgencyRequestOf, type AgencyValues } from './org-form-values.ts';
import { useOrgCommand } from './useOrgAdmin.ts';

/** Creating an agency (null) or editing one; its code and short name never change once created. */
export function AgencyFormModal({ agency, onClose }: { agency: AgencyDetail | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AgencyValues>();
  const centers = useCenters();
  const today = todayInVietnam();
  const open = (centers.data ?? []).filter((c) => isOpenOn(c, today));
  const save = useOrgCommand(AgencyDetail, (values: AgencyValues) =>
    agency
      ? { path: orgPaths.agency(agency.id), method: 'PATCH', body: updateAgencyRequestOf(values) }
      : { path: '/agencies', body: createAgencyRequestOf(values) },
  );
  const required = (field: string) => ({ required: true, message: t('org.common.required', { field }) });
  // A new agency serves at the province center by default: the usual case, one center open.
  const defaultCenters = open.filter((c) => c.level === 'province').map((c) => c.code);
  return (
    <OrgFormModal<AgencyValues, unknown>
      title={agency ? t('org.agency.editTitle', { code: agency.code }) : t('org.agency.createTitle')}
      name="agency"
      form={form}
      initialValues={agencyValuesOf(agency ?? undefined, today, defaultCenters)}
      command={save}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('org.agency.code')}
        extra={t('org.agency.codeHint')}
        rules={[required(t('org.agency.code'))]}
      >
        <Input disabled={agency !== null} placeholder="000.00.01.A01" />
      </Form.Item>
      <Form.Item
        name="slug"
        label={t('org.agency.slug')}
        extra={t('org.agency.slugHint')}
        rules={[required(t('org.agency.slug'))]}
      >
        <Input disabled={agency !== null} />
      </Form.Item>
      <Form.Item name="name" label={t('org.agency.name')} rules={[required(t('org.agency.name'))]}>
        <Input />
      </Form.Item>
      <Form.Item name="validFrom" label={t('org.common.validFrom')} rules={[required(t('org.common.validFrom'))]}>
        <Input type="date" disabled={agency !== null} />
      </Form.Item>
      <Form.Item name="centers" label={t('org.agency.centers')} rules={[required(t('org.agency.centers'))]}>
        <Select
          mode="multiple"
          optionFilterProp="label"
          loading={centers.isPending}
          options={open.map((c) => ({ value: c.code, label: `${c.code} – ${c.name}` }))}
        />
      </Form.Item>
    </OrgFormModal>
  );
}
