import { Col, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { Cccd, LocalDate, MobilePhoneInput } from '@motcua/core';
import { schemaRule } from '../../components/dossier/schema-rule.ts';

/** The authorised submitter (người nộp thay theo ủy quyền, BLDS 2015 art. 138), with the authorisation's number and date. */
export function SubmitterFields() {
  const { t } = useTranslation();
  const present = Form.useWatch<boolean | undefined>('hasSubmitter') ?? false;
  const required = { required: true, whitespace: true, message: t('reception.required') };
  const name = (...path: string[]) => ['submitter', ...path];
  return (
    <>
      <Form.Item name="hasSubmitter" valuePropName="checked" label={t('reception.submitter.present')}>
        <Switch data-testid="has-submitter" />
      </Form.Item>
      {present && (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name={name('fullName')} label={t('reception.submitter.fullName')} rules={[required]}>
              <Input maxLength={150} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={name('cccd')} label={t('reception.submitter.cccd')} rules={[required, schemaRule(Cccd)]}>
              <Input maxLength={12} inputMode="numeric" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={name('phone')}
              label={t('reception.submitter.phone')}
              rules={[required, schemaRule(MobilePhoneInput)]}
            >
              <Input maxLength={20} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={name('authorisation', 'documentNumber')}
              label={t('reception.submitter.documentNumber')}
              rules={[required]}
            >
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name={name('authorisation', 'date')}
              label={t('reception.submitter.date')}
              rules={[required, schemaRule(LocalDate)]}
            >
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={name('authorisation', 'note')} label={t('reception.submitter.note')}>
              <Input maxLength={500} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </>
  );
}
