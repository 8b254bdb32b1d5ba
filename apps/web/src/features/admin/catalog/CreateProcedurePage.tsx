import { useMemo } from 'react';
import { App, Breadcrumb, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isApiError } from '../../../api/client.ts';
import { catalogPaths } from '../../../components/catalog/catalog-paths.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import {
  EMPTY_CONTENT,
  toContent,
  todayInVietnam,
  toFormValues,
  type ProcedureFormValues,
} from './procedure-form-values.ts';
import { ProcedureForm } from './ProcedureForm.tsx';
import { isProblem, SaveProblem, showFieldErrors } from './SaveProblem.tsx';
import { useCreateProcedure } from './useCatalogAdmin.ts';

/** `/admin/catalog/new`: a new procedure with its code, in force from the date chosen (today by default). */
export function CreateProcedurePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  usePageTitle(t('adminCatalog.createPage.title'));
  const [form] = Form.useForm<ProcedureFormValues>();
  const create = useCreateProcedure();
  const initialValues = useMemo(() => toFormValues(EMPTY_CONTENT, todayInVietnam(), ''), []);
  const onSubmit = (values: ProcedureFormValues) => {
    const code = (values.code ?? '').trim();
    create.mutate(
      { code, effectiveFrom: values.effectiveFrom, content: toContent(values) },
      {
        onSuccess: () => {
          void message.success(t('adminCatalog.createPage.created', { code }));
          navigate(catalogPaths.adminProcedure(code));
        },
        onError: (error) => {
          if (isProblem(error, 'catalog.code_taken') && isApiError(error))
            form.setFields([{ name: 'code', errors: [error.problem.title] }]);
          else showFieldErrors(form, error);
        },
      },
    );
  };
  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[
          { title: <Link to="/admin">{t('areas.admin')}</Link> },
          { title: <Link to={catalogPaths.admin}>{t('catalog.title')}</Link> },
          { title: t('adminCatalog.createPage.title') },
        ]}
      />
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('adminCatalog.createPage.title')}
      </Typography.Title>
      <ProcedureForm
        form={form}
        initialValues={initialValues}
        mode="create"
        saving={create.isPending}
        onSubmit={onSubmit}
        status={<SaveProblem error={create.error} />}
      />
    </Flex>
  );
}
