import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListErrors, RemoveButton } from '../../../components/ListItemFieldset.tsx';

/** The laws, decrees and circulars the procedure rests on, one per line. */
export function LegalBasisFields() {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('adminCatalog.form.required') };
  return (
    <Form.List name={['content', 'legalBasis']}>
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map((field, i) => {
            const label = t('adminCatalog.form.legalItem', { n: i + 1 });
            return (
              <Flex key={field.key} gap="small" align="start">
                <Form.Item name={field.name} rules={[required]} style={{ flex: 1, marginBottom: 12 }}>
                  <Input.TextArea aria-label={label} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} />
                </Form.Item>
                <RemoveButton item={label} onRemove={() => remove(field.name)} />
              </Flex>
            );
          })}
          <ListErrors errors={errors} />
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add('')}>
            {t('adminCatalog.form.addLegal')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
