import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterLevel, PublicCenter } from '@motcua/core';
import { todayInVietnam } from '../../../components/useCenterName.ts';
import { OfficeHoursFields } from './OfficeHoursFields.tsx';
import { OrgFormModal } from './OrgFormModal.tsx';
import { orgPaths } from './org-api.ts';
import { centerValuesOf, createCenterRequestOf, updateCenterRequestOf, type CenterValues } from './org-form-values.ts';
import { useOrgCommand } from './useOrgAdmin.ts';

/** Creating a center (null) or editing one: code, level and start are fixed once created. */
export function CenterFormModal({
  center,
  centers,
  onClose,
}: {
  center: PublicCenter | null;
  centers: PublicCenter[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CenterValues>();
  const level = Form.useWatch('level', form);
  const save = useOrgCommand(PublicCenter, (values: CenterValues) =>
    center
      ? { path: orgPaths.center(center.id), method: 'PATCH', body: updateCenterRequestOf(values) }
      : { path: '/centers', body: createCenterRequestOf(values) },
  );
  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('org.common.required', { field }),
  });
  const parents = centers.filter((c) => c.id !== center?.id && c.validTo === null);
  return (
    <OrgFormModal<CenterValues, unknown>
      title={center ? t('org.center.editTitle', { code: center.code }) : t('org.center.createTitle')}
      name="center"
      form={form}
      initialValues={centerValuesOf(center ?? undefined, todayInVietnam())}
      command={save}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label={t('org.center.code')}
        extra={t('org.center.codeHint')}
        rules={[required(t('org.center.code'))]}
      >
        <Input disabled={center !== null} placeholder="A01" />
      </Form.Item>
      <Form.Item name="name" label={t('org.center.name')} rules={[required(t('org.center.name'))]}>
        <Input />
      </Form.Item>
      <Form.Item name="level" label={t('org.center.level')} rules={[{ required: true }]}>
        <Select
          disabled={center !== null}
          options={CenterLevel.options.map((value) => ({ value, label: t(`org.center.levels.${value}`) }))}
        />
      </Form.Item>
      {level !== 'province' && (
        <Form.Item name="parentCode" label={t('org.center.parent')}>
          <Select
            disabled={center !== null}
            allowClear
            options={parents.map((c) => ({ value: c.code, label: `${c.code} – ${c.name}` }))}
          />
        </Form.Item>
      )}
      <Form.Item
        name="validFrom"
        label={t('org.common.validFrom')}
        rules={[{ required: true, message: t('org.common.required', { field: t('org.common.validFrom') }) }]}
      >
        <Input type="date" disabled={center !== null} />
      </Form.Item>
      <Form.Item name="address" label={t('org.center.address')}>
        <Input />
      </Form.Item>
      <OfficeHoursFields />
      {center !== null && (
        <Form.Item
          name="officeHoursFrom"
          label={t('org.center.officeHoursFrom')}
          extra={t('org.center.officeHoursFromHint')}
        >
          <Input type="date" data-testid="center-office-hours-from" />
        </Form.Item>
      )}
    </OrgFormModal>
  );
}
