import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { StepRole, type ProcedureStep } from '@motcua/core';
import { ListErrors, ListItemFieldset } from '../../../components/ListItemFieldset.tsx';

const NEW_STEP: ProcedureStep = { name: '', role: 'appraiser', budgetMinutes: 225 };

/** The process steps: name, who does it, its share of the limit in working minutes. */
export function StepsFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('adminCatalog.form.required') };
  const roles = StepRole.options.map((role) => ({ value: role, label: t(`catalog.role.${role}`) }));
  return (
    <Form.List name={['content', 'steps']}>
      {(fields, { add, remove }, { errors }) => (
        <>
          <Typography.Paragraph type="secondary">{t('adminCatalog.form.stepBudgetHint')}</Typography.Paragraph>
          {fields.map((field, i) => (
            <ListItemFieldset
              key={field.key}
              legend={t('adminCatalog.form.step', { n: i + 1 })}
              onRemove={() => remove(field.name)}
            >
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name={[field.name, 'name']} label={t('adminCatalog.form.stepName')} rules={[required]}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name={[field.name, 'role']} label={t('adminCatalog.form.stepRole')} rules={[required]}>
                    <Select options={roles} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    name={[field.name, 'budgetMinutes']}
                    label={t('adminCatalog.form.stepBudget')}
                    rules={[required]}
                  >
                    <InputNumber min={0} step={225} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </ListItemFieldset>
          ))}
          <ListErrors errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(NEW_STEP)}>
            {t('adminCatalog.form.addStep')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
