import { Button, Checkbox, Flex, Form, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DocumentForm, type ChecklistItem } from '@motcua/core';
import type { TickValues } from './checklist-ticks.ts';
import './dossier.css';

/** The copies provided: a box ticks "all of them" at once, the number says how many when fewer. */
function ProvidedInput({
  value = 0,
  onChange,
  count,
  name,
}: {
  value?: number;
  onChange?: (value: number) => void;
  count: number;
  name: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex gap="small" align="center">
      <Checkbox
        checked={value >= count}
        onChange={(event) => onChange?.(event.target.checked ? count : 0)}
        aria-label={t('dossier.ticks.providedAll', { name })}
        data-testid="tick-provided"
      />
      <InputNumber
        min={0}
        max={1000}
        precision={0}
        value={value}
        onChange={(next) => onChange?.(next ?? 0)}
        aria-label={t('dossier.ticks.providedCount', { name })}
        style={{ width: 72 }}
      />
      <Typography.Text type="secondary">/ {count}</Typography.Text>
    </Flex>
  );
}

/**
 * The completeness check's rows (DESIGN §6): for each checklist item the copies provided and their form;
 * a conditional item asks first whether its condition applies to this applicant. Keyboard: Tab and Space.
 */
export function ChecklistTicksField({ checklist }: { checklist: readonly ChecklistItem[] }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const forms = DocumentForm.options.map((value) => ({ value, label: t(`catalog.documentForm.${value}`) }));
  const tickAllRequired = () =>
    form.setFieldValue(
      'ticks',
      checklist.map((item, i) => {
        const current = form.getFieldValue(['ticks', i]) as TickValues | undefined;
        return { ...current, provided: item.required ? item.count : (current?.provided ?? 0) };
      }),
    );
  if (checklist.length === 0) return <Typography.Text type="secondary">{t('catalog.checklist.empty')}</Typography.Text>;
  return (
    <Flex vertical gap="small">
      <div className="ticks-table-wrap">
        <table className="ticks-table" data-testid="ticks-table">
          <thead>
            <tr>
              <th scope="col">{t('catalog.checklist.index')}</th>
              <th scope="col">{t('catalog.checklist.name')}</th>
              <th scope="col">{t('dossier.ticks.applies')}</th>
              <th scope="col">{t('dossier.ticks.provided')}</th>
              <th scope="col">{t('catalog.checklist.form')}</th>
            </tr>
          </thead>
          <tbody>
            {checklist.map((item, i) => (
              <tr key={i} data-testid="tick-row" data-required={item.required}>
                <td>{i + 1}</td>
                <th scope="row" className="ticks-name">
                  {item.name}
                  {!item.required && item.condition && (
                    <div>
                      <Typography.Text type="secondary">
                        {t('dossier.ticks.when', { condition: item.condition })}
                      </Typography.Text>
                    </div>
                  )}
                </th>
                <td>
                  {item.required ? (
                    t('catalog.checklist.required')
                  ) : (
                    <Form.Item name={['ticks', i, 'conditionApplies']} valuePropName="checked" noStyle>
                      <Switch
                        aria-label={t('dossier.ticks.conditionApplies', { name: item.name })}
                        checkedChildren={t('dossier.ticks.yes')}
                        unCheckedChildren={t('dossier.ticks.no')}
                        data-testid="tick-condition"
                      />
                    </Form.Item>
                  )}
                </td>
                <td>
                  <Form.Item name={['ticks', i, 'provided']} noStyle>
                    <ProvidedInput count={item.count} name={item.name} />
                  </Form.Item>
                </td>
                <td>
                  <Form.Item name={['ticks', i, 'form']} noStyle>
                    <Select
                      options={forms}
                      aria-label={t('dossier.ticks.formOf', { name: item.name })}
                      style={{ width: 180 }}
                    />
                  </Form.Item>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div>
        <Button onClick={tickAllRequired} data-testid="tick-all-required">
          {t('dossier.ticks.allRequired')}
        </Button>
      </div>
    </Flex>
  );
}
