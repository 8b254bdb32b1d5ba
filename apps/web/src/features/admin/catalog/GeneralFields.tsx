import { Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OnlineLevel, ProcedureLevel, ResultDelivery } from '@motcua/core';
import { useAgencies, useFields } from '../../../api/catalog.ts';
import { foldedSearch } from '../../../components/search/folded-search.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Name, agency and field, level, time limit, cut-off, suspension, online level and result delivery. */
export function GeneralFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const agency = Form.useWatch<string | undefined>(['content', 'agencySlug'], form);
  const agencies = useAgencies();
  const fields = useFields(agency || undefined);
  const required = { required: true, message: t('adminCatalog.form.required') };
  const c = (name: string) => ['content', name];
  return (
    <Row gutter={12}>
      <Col xs={24}>
        <Form.Item name={c('name')} label={t('adminCatalog.form.name')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} data-testid="procedure-name-input" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={c('agencySlug')} label={t('adminCatalog.form.agency')} rules={[required]}>
          <Select
            showSearch={foldedSearch()}
            loading={agencies.isPending}
            options={(agencies.data ?? []).map((a) => ({ value: a.slug, label: a.name }))}
            // A field belongs to one agency: another agency drops it.
            onChange={() => form.setFieldValue(c('fieldCode'), undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={c('fieldCode')} label={t('adminCatalog.form.field')} rules={[required]}>
          <Select
            showSearch={foldedSearch()}
            loading={fields.isPending}
            options={(fields.data ?? []).map((f) => ({ value: f.code, label: f.name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item name={c('level')} label={t('adminCatalog.form.level')} rules={[required]}>
          <Select
            options={ProcedureLevel.options.map((level) => ({ value: level, label: t(`catalog.level.${level}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={['content', 'timeLimit', 'value']}
          label={t('adminCatalog.form.timeLimitValue')}
          rules={[required]}
        >
          <InputNumber min={1} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={['content', 'timeLimit', 'unit']}
          label={t('adminCatalog.form.timeLimitUnit')}
          rules={[required]}
        >
          <Select
            options={[
              { value: 'days', label: t('adminCatalog.form.unitDays') },
              { value: 'hours', label: t('adminCatalog.form.unitHours') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name={c('cutoffTime')}
          label={t('adminCatalog.form.cutoff')}
          tooltip={t('adminCatalog.form.cutoffHint')}
          rules={[{ pattern: TIME, message: t('adminCatalog.form.timeInvalid') }]}
        >
          <Input placeholder="15:00" inputMode="numeric" maxLength={5} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={c('suspensionMode')} label={t('adminCatalog.form.suspension')} rules={[required]}>
          <Select
            options={[
              { value: 'pause', label: t('adminCatalog.form.suspensionPause') },
              { value: 'restart', label: t('adminCatalog.form.suspensionRestart') },
            ]}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={c('onlineLevel')} label={t('adminCatalog.form.onlineLevel')} rules={[required]}>
          <Select
            options={OnlineLevel.options.map((level) => ({
              value: level,
              label: `${t(`catalog.onlineLevel.${level}`)}: ${t(`catalog.onlineLevelMeaning.${level}`)}`,
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        {/* Not `required`: Ant Design would put aria-required on the group, which ARIA does not allow there. */}
        <Form.Item
          name={c('resultDelivery')}
          label={t('adminCatalog.form.resultDelivery')}
          rules={[{ type: 'array', min: 1, message: t('adminCatalog.form.required') }]}
        >
          <Checkbox.Group
            aria-label={t('adminCatalog.form.resultDelivery')}
            options={ResultDelivery.options.map((d) => ({ value: d, label: t(`catalog.delivery.${d}`) }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
