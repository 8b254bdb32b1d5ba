import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentForm } from '@motcua/core';
import { ListErrors, ListItemFieldset } from '../../../components/ListItemFieldset.tsx';
import type { ChecklistValues } from './procedure-form-values.ts';

const NEW_ITEM: ChecklistValues = { name: '', form: 'original', count: 1, required: true, condition: '', note: '' };

/** The documents to bring: name, original or copy, count, required or under a condition, note. */
export function ChecklistFields() {
  const { t } = useTranslation();
  const required = { required: true, message: t('adminCatalog.form.required') };
  const forms = DocumentForm.options.map((form) => ({ value: form, label: t(`catalog.documentForm.${form}`) }));
  return (
    <Form.List name={['content', 'checklist']}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, i) => (
            <ListItemFieldset
              key={field.key}
              legend={t('adminCatalog.form.checklistItem', { n: i + 1 })}
              onRemove={() => remove(field.name)}
            >
              <Row gutter={12}>
                <Col xs={24} lg={12}>
                  <Form.Item name={[field.name, 'name']} label={t('adminCatalog.form.docName')} rules={[required]}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={12} lg={6}>
                  <Form.Item name={[field.name, 'form']} label={t('adminCatalog.form.docForm')} rules={[required]}>
                    <Select options={forms} />
                  </Form.Item>
                </Col>
                <Col xs={6} lg={3}>
                  <Form.Item name={[field.name, 'count']} label={t('adminCatalog.form.docCount')} rules={[required]}>
                    <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={6} lg={3}>
                  <Form.Item
                    name={[field.name, 'required']}
                    label={t('adminCatalog.form.docRequired')}
                    valuePropName="checked"
                  >
                    <Switch />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item name={[field.name, 'condition']} label={t('adminCatalog.form.docCondition')}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={24} lg={12}>
                  <Form.Item name={[field.name, 'note']} label={t('adminCatalog.form.docNote')}>
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
              </Row>
            </ListItemFieldset>
          ))}
          <ListErrors errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(NEW_ITEM)}>
            {t('adminCatalog.form.addDoc')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
