import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Officer, OfficerCredentials, PasswordDelivery, Role } from '@motcua/core';
import { useCenters } from '../../../api/centers.ts';
import { openProvinceCenter } from '../../../components/province-center.ts';
import { todayInVietnam } from '../../../components/useCenterName.ts';
import { OrgFormModal } from './OrgFormModal.tsx';
import { orgPaths } from './org-api.ts';
import {
  createOfficerRequestOf,
  officerValuesOf,
  updateOfficerRequestOf,
  type OfficerValues,
} from './org-form-values.ts';
import { useAgencyOptions, useOrgCommand } from './useOrgAdmin.ts';

/** Officers' roles: every role but the citizen's, who signs in elsewhere (DESIGN §1, §13). */
const OFFICER_ROLES = Role.options.filter((role) => role !== 'citizen');

export type OfficerFormProps = {
  officer: Officer | null;
  onClose: () => void;
  /** After a create: the temporary password to show once (null when a link was e-mailed). */
  onCreated: (credentials: OfficerCredentials) => void;
};

/** Creating an officer (null) or editing one; the admin never types a password (DESIGN §13). */
export function OfficerFormModal({ officer, onClose, onCreated }: OfficerFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OfficerValues>();
  const centers = useCenters();
  const agencies = useAgencyOptions();
  const save = useOrgCommand(officer ? Officer : OfficerCredentials, (values: OfficerValues) =>
    officer
      ? { path: orgPaths.officer(officer.id), method: 'PATCH', body: updateOfficerRequestOf(values) }
      : { path: '/users', body: createOfficerRequestOf(values) },
  );
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('org.common.required', { field }),
  });
  const province = openProvinceCenter(centers.data ?? [], todayInVietnam());
  return (
    <OrgFormModal<OfficerValues, unknown>
      title={officer ? t('org.officer.editTitle', { username: officer.username }) : t('org.officer.createTitle')}
      name="officer"
      form={form}
      initialValues={officerValuesOf(officer ?? undefined, province?.code)}
      command={save}
      onSaved={(answer) => {
        if (!officer) onCreated(OfficerCredentials.parse(answer));
      }}
      onClose={onClose}
    >
      <Form.Item name="username" label={t('org.officer.username')} rules={[required(t('org.officer.username'))]}>
        <Input disabled={officer !== null} autoComplete="off" />
      </Form.Item>
      <Form.Item name="fullName" label={t('org.officer.fullName')} rules={[required(t('org.officer.fullName'))]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('org.officer.email')}
        dependencies={['delivery']}
        rules={[
          { type: 'email', message: t('org.officer.emailNeeded') },
          ({ getFieldValue }) => ({
            // An e-mailed link needs an address to go to.
            required: getFieldValue('delivery') === 'email',
            message: t('org.officer.emailNeeded'),
          }),
        ]}
      >
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <Form.Item name="center" label={t('org.officer.center')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={centers.isPending}
          options={(centers.data ?? [])
            .filter((c) => c.validTo === null)
            .map((c) => ({ value: c.code, label: `${c.code} – ${c.name}` }))}
        />
      </Form.Item>
      <Form.Item name="agency" label={t('org.officer.agency')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          loading={agencies.isPending}
          options={(agencies.data?.items ?? []).map((a) => ({ value: a.slug, label: a.name }))}
        />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('org.officer.roles')}
        rules={[{ required: true, message: t('org.common.required', { field: t('org.officer.roles') }) }]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={OFFICER_ROLES.map((role) => ({ value: role, label: t(`org.roles.${role}`) }))}
        />
      </Form.Item>
      {!officer && (
        <Form.Item name="delivery" label={t('org.officer.delivery')}>
          <Radio.Group
            options={PasswordDelivery.options.map((value) => ({
              value,
              label: t(`org.officer.deliveries.${value}`),
            }))}
          />
        </Form.Item>
      )}
    </OrgFormModal>
  );
}
