import { useEffect } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DossierCode, LookupSecret } from '@motcua/core';
import type { LookupInput } from '../../api/dossiers.ts';
import { schemaRule } from '../../components/dossier/schema-rule.ts';
import { lookupValuesOf, toLookupInput, type LookupValues } from './lookup-values.ts';

export type LookupFormProps = { input: LookupInput | null; loading: boolean; onLookup: (input: LookupInput) => void };

/** The code with the secret printed on the receipt, or with the last 4 digits of the applicant's phone (DESIGN §10). */
export function LookupForm({ input, loading, onLookup }: LookupFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LookupValues>();
  const by = Form.useWatch('by', form) ?? 'secret';
  // A scanned receipt's address fills the form as well as looking up.
  useEffect(() => {
    if (input) form.setFieldsValue(lookupValuesOf(input));
  }, [input, form]);
  const onFinish = (values: LookupValues) => onLookup(toLookupInput(values));
  const required = { required: true, whitespace: true, message: t('lookup.required') };
  const keyRule =
    by === 'phone' ? { pattern: /^\s*\d{4}\s*$/, message: t('lookup.phoneLast4Format') } : schemaRule(LookupSecret);
  return (
    <Form<LookupValues>
      form={form}
      layout="vertical"
      initialValues={{ by: 'secret' }}
      onFinish={onFinish}
      data-testid="lookup-form"
    >
      <Form.Item name="by" label={t('lookup.by')}>
        <Radio.Group
          options={[
            { value: 'secret', label: t('lookup.bySecret') },
            { value: 'phone', label: t('lookup.byPhone') },
          ]}
          onChange={() => form.setFieldValue('key', '')}
        />
      </Form.Item>
      <Row gutter={12} align="top">
        <Col xs={24} md={10}>
          <Form.Item
            name="code"
            label={t('lookup.code')}
            rules={[required, schemaRule(DossierCode)]}
            extra={t('lookup.codeHint')}
          >
            <Input size="large" maxLength={40} autoComplete="off" className="dossier-code" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="key"
            label={by === 'phone' ? t('lookup.phoneLast4') : t('lookup.secret')}
            rules={[required, keyRule]}
          >
            <Input
              size="large"
              maxLength={by === 'phone' ? 4 : 6}
              autoComplete="off"
              inputMode={by === 'phone' ? 'numeric' : 'text'}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          {/* Aligned with the boxes, whose labels are above them. */}
          <Form.Item label={<span aria-hidden>&nbsp;</span>} colon={false}>
            <Button
              type="primary"
              size="large"
              htmlType="submit"
              icon={<SearchOutlined aria-hidden />}
              loading={loading}
              data-testid="lookup-submit"
            >
              {t('lookup.submit')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
