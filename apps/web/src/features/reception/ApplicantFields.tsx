import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Cccd, Email, MobilePhoneInput, TaxCode } from '@motcua/core';
import { schemaRule } from '../../components/dossier/schema-rule.ts';
import type { ReceptionValues } from './reception-values.ts';

/** The applicant (chủ hồ sơ, DESIGN §6): a person with a 12-digit CCCD, or an organisation with a tax code. */
export function ApplicantFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch<ReceptionValues['applicant']['kind'] | undefined>(['applicant', 'kind']) ?? 'person';
  const required = { required: true, whitespace: true, message: t('reception.required') };
  const name = (field: string) => ['applicant', field];
  return (
    <>
      <Form.Item name={name('kind')} label={t('reception.applicant.kind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: t('reception.applicant.person') },
            { value: 'organisation', label: t('reception.applicant.organisation') },
          ]}
        />
      </Form.Item>
      <Row gutter={12}>
        {kind === 'person' ? (
          <>
            <Col xs={24} md={12}>
              <Form.Item name={name('fullName')} label={t('reception.applicant.fullName')} rules={[required]}>
                <Input maxLength={150} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={name('cccd')} label={t('reception.applicant.cccd')} rules={[required, schemaRule(Cccd)]}>
                <Input maxLength={12} inputMode="numeric" autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        ) : (
          <>
            <Col xs={24} md={12}>
              <Form.Item name={name('name')} label={t('reception.applicant.orgName')} rules={[required]}>
                <Input maxLength={300} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={name('taxCode')}
                label={t('reception.applicant.taxCode')}
                rules={[required, schemaRule(TaxCode)]}
              >
                <Input maxLength={14} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item
                name={name('representative')}
                label={t('reception.applicant.representative')}
                rules={[required]}
              >
                <Input maxLength={150} autoComplete="off" />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} md={12}>
          <Form.Item
            name={name('phone')}
            label={t('reception.applicant.phone')}
            rules={[required, schemaRule(MobilePhoneInput)]}
          >
            <Input maxLength={20} inputMode="tel" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name={name('email')} label={t('reception.applicant.email')} rules={[schemaRule(Email)]}>
            <Input maxLength={254} type="email" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name={name('address')} label={t('reception.applicant.address')} rules={[required]}>
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
