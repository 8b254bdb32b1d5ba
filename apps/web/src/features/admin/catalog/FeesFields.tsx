import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FeeKind } from '@motcua/core';
import { ListErrors, ListItemFieldset, RemoveButton } from '../../../components/ListItemFieldset.tsx';
import type { FeeValues } from './procedure-form-values.ts';

const NEW_FEE: FeeValues = { kind: 'fee', name: '', basis: 'fixed', amount: 0, onlineDiscountPercent: 0 };
const money = { min: 0, precision: 0, step: 1000, style: { width: '100%' } };

/** A table fee's amounts by case ("Nhà ở riêng lẻ" → 75.000). */
function FeeRowsFields({ fee }: { fee: number }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('adminCatalog.form.required') };
  return (
    <Form.List name={[fee, 'rows']}>
      {(rows, { add, remove }, { errors }) => (
        <>
          {rows.map((row, i) => {
            const legend = t('adminCatalog.form.feeRow', { n: i + 1 });
            return (
              <Flex key={row.key} gap="small" align="start" wrap>
                <Form.Item
                  name={[row.name, 'label']}
                  label={`${legend}: ${t('adminCatalog.form.feeRowLabel')}`}
                  rules={[required]}
                  style={{ flex: '2 1 240px' }}
                >
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'amount']}
                  label={t('adminCatalog.form.feeRowAmount')}
                  rules={[required]}
                  style={{ flex: '1 1 140px' }}
                >
                  <InputNumber {...money} />
                </Form.Item>
                <RemoveButton item={legend} onRemove={() => remove(row.name)} style={{ marginTop: 30 }} />
              </Flex>
            );
          })}
          <ListErrors errors={errors} />
          <Button
            size="small"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => add({ label: '', amount: 0 })}
            style={{ marginBottom: 12 }}
          >
            {t('adminCatalog.form.addFeeRow')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Fees and charges: kind, name, one amount or a table of amounts, and the discount when filed online. */
export function FeesFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('adminCatalog.form.required') };
  const kinds = FeeKind.options.map((kind) => ({ value: kind, label: t(`catalog.feeKind.${kind}`) }));
  const bases = [
    { value: 'fixed', label: t('adminCatalog.form.basisFixed') },
    { value: 'table', label: t('adminCatalog.form.basisTable') },
  ];
  return (
    <Form.List name={['content', 'fees']}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, i) => (
            <ListItemFieldset
              key={field.key}
              legend={t('adminCatalog.form.fee', { n: i + 1 })}
              onRemove={() => remove(field.name)}
            >
              <Row gutter={12}>
                <Col xs={12} lg={5}>
                  <Form.Item name={[field.name, 'kind']} label={t('adminCatalog.form.feeKind')} rules={[required]}>
                    <Select options={kinds} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={9}>
                  <Form.Item name={[field.name, 'name']} label={t('adminCatalog.form.feeName')} rules={[required]}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={5}>
                  <Form.Item name={[field.name, 'basis']} label={t('adminCatalog.form.feeBasis')} rules={[required]}>
                    <Select options={bases} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={5}>
                  <Form.Item
                    name={[field.name, 'onlineDiscountPercent']}
                    label={t('adminCatalog.form.feeDiscount')}
                    rules={[required]}
                  >
                    <InputNumber min={0} max={100} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item noStyle dependencies={[['content', 'fees', field.name, 'basis']]}>
                {({ getFieldValue }) =>
                  getFieldValue(['content', 'fees', field.name, 'basis']) === 'table' ? (
                    <FeeRowsFields fee={field.name} />
                  ) : (
                    <Form.Item
                      name={[field.name, 'amount']}
                      label={t('adminCatalog.form.feeAmount')}
                      rules={[required]}
                      style={{ maxWidth: 240 }}
                    >
                      <InputNumber {...money} />
                    </Form.Item>
                  )
                }
              </Form.Item>
            </ListItemFieldset>
          ))}
          <ListErrors errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(NEW_FEE)}>
            {t('adminCatalog.form.addFee')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
