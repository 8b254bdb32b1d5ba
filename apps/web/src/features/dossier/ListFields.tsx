import type { ReactNode } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../../api/catalog.ts';
import { ListItemFieldset } from '../../components/ListItemFieldset.tsx';
import { foldedSearch } from '../../components/search/folded-search.ts';

/** A list of rows the officer grows and shrinks, never below `min` rows (default one); each row named by its legend. */
function RowsField({
  name,
  legend,
  add,
  addLabel,
  row,
  min = 1,
}: {
  name: string;
  legend: (n: number) => string;
  add: object | string;
  addLabel: string;
  row: (field: number) => ReactNode;
  min?: number;
}) {
  return (
    <Form.List name={name}>
      {(fields, { add: addRow, remove }) => (
        <>
          {fields.map((field, i) => (
            <ListItemFieldset
              key={field.key}
              legend={legend(i + 1)}
              onRemove={fields.length > min ? () => remove(field.name) : undefined}
            >
              {row(field.name)}
            </ListItemFieldset>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => addRow(add)} data-testid={`${name}-add`}>
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/**
 * Form 02's documents from the dossier's checklist (`checklistItems`, named by the procedure): each ticked
 * needs what is wrong with it. Untick, and its text is not sent.
 */
export function ChecklistPickField() {
  const { t } = useTranslation();
  // `preserve`: the list is read from the form's initial values, before its fields are registered.
  const items: { name: string; picked?: boolean }[] = Form.useWatch('checklistItems', { preserve: true }) ?? [];
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} data-testid="checklist-pick">
      <legend>{t('dossier.form.checklistPick')}</legend>
      <Typography.Paragraph type="secondary">{t('dossier.form.checklistPickHint')}</Typography.Paragraph>
      {items.map((item, i) => (
        <Row gutter={12} key={item.name} data-testid="checklist-pick-item">
          <Col xs={24} md={12}>
            {/* Registered, so that the name the procedure gives is sent with the tick. */}
            <Form.Item name={['checklistItems', i, 'name']} hidden>
              <Input />
            </Form.Item>
            <Form.Item name={['checklistItems', i, 'picked']} valuePropName="checked">
              <Checkbox>{item.name}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {item.picked && (
              <Form.Item
                name={['checklistItems', i, 'reason']}
                label={t('dossier.form.itemReason')}
                rules={[{ required: true, whitespace: true, message: t('dossier.form.required') }]}
              >
                <Input maxLength={500} />
              </Form.Item>
            )}
          </Col>
        </Row>
      ))}
    </fieldset>
  );
}

/** Form 02's items: each missing or defective document with what is wrong; one request lists them all (NĐ 61/2018 art. 15). */
export function SupplementItemsField({ min = 1 }: { min?: number }) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('dossier.form.required') };
  return (
    <RowsField
      name="items"
      legend={(n) => t('dossier.form.item', { n })}
      add={{ name: '', reason: '' }}
      addLabel={t('dossier.form.addItem')}
      min={min}
      row={(field) => (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={[field, 'name']} label={t('dossier.form.itemName')} rules={[required]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={[field, 'reason']} label={t('dossier.form.itemReason')} rules={[required]}>
              <Input maxLength={500} />
            </Form.Item>
          </Col>
        </Row>
      )}
    />
  );
}

/** The reasons of a refusal or of a rejection at intake, one per row. */
export function ReasonsField() {
  const { t } = useTranslation();
  return (
    <RowsField
      name="reasons"
      legend={(n) => t('dossier.form.reasonN', { n })}
      add=""
      addLabel={t('dossier.form.addReason')}
      row={(field) => (
        <Form.Item
          name={field}
          label={t('dossier.form.reasonText')}
          rules={[{ required: true, whitespace: true, message: t('dossier.form.required') }]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      )}
    />
  );
}

/** Opinions asked of other agencies (liên thông), each with its question and its own reply deadline. */
export function ConsultationsField({ ownAgency }: { ownAgency: string }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const required = { required: true, whitespace: true, message: t('dossier.form.required') };
  // Consultations name an agency by its id, not its printed code (the server keys them by id).
  const options = (agencies.data ?? [])
    .filter((a) => a.code !== ownAgency)
    .map((a) => ({ value: a.id, label: a.name }));
  return (
    <RowsField
      name="consultations"
      legend={(n) => t('dossier.form.consultationN', { n })}
      add={{}}
      addLabel={t('dossier.form.addConsultation')}
      row={(field) => (
        <Row gutter={12}>
          <Col xs={24} md={12}>
            <Form.Item name={[field, 'agencyId']} label={t('dossier.form.agency')} rules={[required]}>
              <Select options={options} loading={agencies.isPending} showSearch={foldedSearch()} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={[field, 'deadline']} label={t('dossier.form.deadline')} rules={[required]}>
              <Input type="datetime-local" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name={[field, 'question']} label={t('dossier.form.question')} rules={[required]}>
              <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        </Row>
      )}
    />
  );
}
