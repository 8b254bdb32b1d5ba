import { useMemo } from 'react';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '@motcua/core';
import { useCatalogFormat } from '../../../components/catalog/useCatalogFormat.ts';
import { useProblemOnForm } from '../../../components/problem/useProblemOnForm.ts';
import { procedureItem } from './form-server-errors.ts';
import {
  contentOfProcedure,
  toFormValues,
  tomorrowInVietnam,
  toReviseRequest,
  type ProcedureFormValues,
} from './procedure-form-values.ts';
import { ProcedureForm } from './ProcedureForm.tsx';
import { useReviseProcedure } from './useCatalogAdmin.ts';

export type ReviseEditorProps = { code: string; baseVersion: number; detail: ProcedureDetail; onReload: () => void };

/** The latest version in the editor; saving makes the next version, in force from the date chosen (tomorrow by default). */
export function ReviseEditor({ code, baseVersion, detail, onReload }: ReviseEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useCatalogFormat();
  const [form] = Form.useForm<ProcedureFormValues>();
  const revise = useReviseProcedure(code);
  const problem = useProblemOnForm(form, { locate: procedureItem });
  const initialValues = useMemo(
    () => toFormValues(contentOfProcedure(detail.procedure), tomorrowInVietnam()),
    [detail],
  );
  const onSubmit = (values: ProcedureFormValues) => {
    problem.clear();
    revise.mutate(toReviseRequest(values, baseVersion), {
      onSuccess: (saved) =>
        void message.success(
          t('adminCatalog.edit.saved', {
            version: saved.procedure.version,
            date: format.date(saved.procedure.effectiveFrom),
          }),
        ),
      onError: problem.put,
    });
  };
  return (
    <ProcedureForm
      form={form}
      initialValues={initialValues}
      mode="revise"
      saving={revise.isPending}
      onSubmit={onSubmit}
      error={revise.error}
      general={problem.general}
      onReload={onReload}
    />
  );
}
