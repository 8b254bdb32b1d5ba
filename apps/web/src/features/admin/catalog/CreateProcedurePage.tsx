import { useMemo } from 'react';
import { App, Breadcrumb, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { catalogPaths } from '../../../components/catalog/catalog-paths.ts';
import { isProblem, problemOf } from '../../../components/problem/problem.ts';
import { useProblemOnForm } from '../../../components/problem/useProblemOnForm.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import {
  EMPTY_CONTENT,
  toCreateRequest,
  todayInVietnam,
  toFormValues,
  type ProcedureFormValues,
} from './procedure-form-values.ts';
import { ProcedureForm } from './ProcedureForm.tsx';
import { procedureItem } from './form-server-errors.ts';
import { useCreateProcedure } from './useCatalogAdmin.ts';

/** `/admin/catalog/new`: a new procedure with its code, in force from the date chosen (today by default). */
export function CreateProcedurePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  usePageTitle(t('adminCatalog.createPage.title'));
  const [form] = Form.useForm<ProcedureFormValues>();
  const create = useCreateProcedure();
  const problem = useProblemOnForm(form, { locate: procedureItem });
  const initialValues = useMemo(() => toFormValues(EMPTY_CONTENT, todayInVietnam(), ''), []);
  const onSubmit = (values: ProcedureFormValues) => {
    const request = toCreateRequest(values);
    const { code } = request;
    problem.clear();
    create.mutate(request, {
      onSuccess: () => {
        void message.success(t('adminCatalog.createPage.created', { code }));
        navigate(catalogPaths.adminProcedure(code));
      },
      onError: (error) => {
        // The code is the one field the server refuses without a path: its title goes under the box.
        const taken = isProblem(error, 'catalog.code_taken') ? problemOf(error) : null;
        if (taken) form.setFields([{ name: 'code', errors: [taken.title] }]);
        else problem.put(error);
      },
    });
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
        error={create.error}
        general={problem.general}
      />
    </Flex>
  );
}
