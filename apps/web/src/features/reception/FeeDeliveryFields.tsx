import { Col, Form, Input, InputNumber, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResultDelivery, type ProcedureDetail } from '@motcua/core';
import { useCatalogFormat } from '../../components/catalog/useCatalogFormat.ts';

/** The fee's receipt (when the procedure has fees) and where the result goes: counter, post or electronic, as the procedure offers. */
export function FeeDeliveryFields({ detail }: { detail: ProcedureDetail | undefined }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const fees = detail?.procedure.fees ?? [];
  const offered = detail?.procedure.resultDelivery ?? ResultDelivery.options;
  const required = { required: true, whitespace: true, message: t('reception.required') };
  return (
    <Row gutter={12}>
      {fees.length > 0 && (
        <>
          <Col xs={24}>
            <Typography.Paragraph style={{ marginBottom: 8 }}>
              {fees
                .map((fee) => (fee.basis === 'fixed' ? `${fee.name}: ${format.money(fee.amount)}` : fee.name))
                .join('; ')}
            </Typography.Paragraph>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['feePayment', 'receiptNumber']}
              label={t('reception.fee.receiptNumber')}
              rules={[required]}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['feePayment', 'amount']}
              label={t('reception.fee.amount')}
              rules={[{ required: true, message: t('reception.required') }]}
            >
              <InputNumber min={0} precision={0} step={1000} style={{ width: '100%' }} suffix="₫" />
            </Form.Item>
          </Col>
        </>
      )}
      <Col xs={24}>
        <Form.Item name="resultDelivery" label={t('reception.delivery')}>
          <Radio.Group options={offered.map((value) => ({ value, label: t(`catalog.delivery.${value}`) }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
