import { SaveOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@motcua/core';
import { CatalogSection } from '../../../components/catalog/CatalogSection.tsx';
import { ProblemAlert } from '../../../components/problem/ProblemAlert.tsx';
import { ChecklistFields } from './ChecklistFields.tsx';
import { FeesFields } from './FeesFields.tsx';
import { GeneralFields } from './GeneralFields.tsx';
import { LegalBasisFields } from './LegalBasisFields.tsx';
import { parseFormFields, type ProcedureFormValues } from './procedure-form-values.ts';
import { StepsFields } from './StepsFields.tsx';
import './admin-catalog.css';

export type ProcedureFormProps = {
  form: FormInstance<ProcedureFormValues>;
  initialValues: ProcedureFormValues;
  /** A new procedure has a code to enter; a revision keeps its code. */
  mode: 'create' | 'revise';
  saving: boolean;
  onSubmit: (values: ProcedureFormValues) => void;
  /** The last save's failure, shown above the save bar with the errors no item shows (`useProblemOnForm`). */
  error: unknown;
  general: readonly FieldError[];
  /** Offered when another officer saved a version meanwhile (409 `catalog.version_conflict`). */
  onReload?: () => void;
};

/** The editor of a procedure's content, shared by the new-procedure and the new-version pages. */
export function ProcedureForm(props: ProcedureFormProps) {
  const { form, initialValues, mode, saving, onSubmit, error, general, onReload } = props;
  const { t } = useTranslation();
  const required = { required: true, message: t('adminCatalog.form.required') };
  const jsonRule = {
    validator: async (_: unknown, text: string) => {
      const parsed = parseFormFields(text ?? '');
      if (!parsed.ok)
        throw new Error(
          parsed.message
            ? t('adminCatalog.form.formFieldsInvalid', { message: parsed.message })
            : t('adminCatalog.form.formFieldsNotList'),
        );
    },
  };
  return (
    <Form<ProcedureFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={onSubmit}
      disabled={saving}
      scrollToFirstError={{ block: 'center' }}
      data-testid="procedure-form"
    >
      <Flex vertical gap="middle">
        <CatalogSection id="editor-general" title={t('adminCatalog.form.general')}>
          {mode === 'create' && (
            <Form.Item
              name="code"
              label={t('adminCatalog.createPage.code')}
              extra={t('adminCatalog.createPage.codeHint')}
              rules={[required]}
              style={{ maxWidth: 320 }}
            >
              <Input placeholder="1.001234" maxLength={8} />
            </Form.Item>
          )}
          <GeneralFields />
        </CatalogSection>
        <CatalogSection id="editor-steps" title={t('adminCatalog.form.steps')}>
          <StepsFields />
        </CatalogSection>
        <CatalogSection id="editor-checklist" title={t('adminCatalog.form.checklist')}>
          <ChecklistFields />
        </CatalogSection>
        <CatalogSection id="editor-fees" title={t('adminCatalog.form.fees')}>
          <FeesFields />
        </CatalogSection>
        <CatalogSection id="editor-legal" title={t('adminCatalog.form.legalBasis')}>
          <LegalBasisFields />
        </CatalogSection>
        <CatalogSection id="editor-online" title={t('adminCatalog.form.partnersAndForm')}>
          <Form.Item
            name={['content', 'partnerCodes']}
            label={t('adminCatalog.form.partnerCodes')}
            extra={t('adminCatalog.form.partnerHint')}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item
            name="formFieldsJson"
            label={t('adminCatalog.form.formFields')}
            extra={t('adminCatalog.form.formFieldsHint')}
            rules={[jsonRule]}
            className="form-fields-json"
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} spellCheck={false} />
          </Form.Item>
        </CatalogSection>
        <ProblemAlert
          error={error}
          general={general}
          label={(path) => path}
          seeMarked={t('adminCatalog.form.seeMarked')}
          testId="save-error"
          conflict={{
            code: 'catalog.version_conflict',
            detail: t('adminCatalog.edit.conflictDetail'),
            reload: t('adminCatalog.edit.reload'),
            onReload,
          }}
        />
        <Flex className="procedure-form-actions" gap="middle" align="end" wrap>
          <Form.Item
            name="effectiveFrom"
            label={
              mode === 'create' ? t('adminCatalog.createPage.effectiveFrom') : t('adminCatalog.edit.effectiveFrom')
            }
            rules={[{ required: true, message: t('adminCatalog.form.dateRequired') }]}
            style={{ marginBottom: 0 }}
          >
            <Input type="date" style={{ width: 180 }} />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined aria-hidden />}
            loading={saving}
            data-testid="procedure-save"
          >
            {mode === 'create' ? t('adminCatalog.createPage.save') : t('adminCatalog.edit.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
