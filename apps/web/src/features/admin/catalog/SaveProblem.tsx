import { Alert, Button, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROBLEM_TYPE_PREFIX } from '@motcua/core';
import { isApiError } from '../../../api/client.ts';
import { placeServerErrors } from './form-server-errors.ts';

export const isProblem = (error: unknown, code: string) =>
  isApiError(error) && error.problem.type === `${PROBLEM_TYPE_PREFIX}${code}`;

/**
 * Puts the server's field errors on the form's items (the others are listed by `SaveProblem`); the
 * form is untyped here because the server's paths reach into lists the form's type cannot index.
 */
export function showFieldErrors(form: FormInstance, error: unknown): void {
  if (isApiError(error)) form.setFields(placeServerErrors(error.problem.errors ?? []).fields);
}

/**
 * A refused save: the problem's title, and the errors no form item shows. A stale base version (409)
 * says so and offers to reload the latest version.
 */
export function SaveProblem({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : null;
  const conflict = isProblem(error, 'catalog.version_conflict');
  const general = problem ? placeServerErrors(problem.errors ?? []).general : [];
  const description = conflict ? (
    t('adminCatalog.edit.conflictDetail')
  ) : general.length > 0 ? (
    <ul className="plain-list">
      {general.map((e, i) => (
        <li key={i}>
          {e.path}: {e.message}
        </li>
      ))}
    </ul>
  ) : (
    (problem?.detail ?? (problem?.errors?.length ? t('adminCatalog.form.seeMarked') : undefined))
  );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={conflict ? 'version-conflict' : 'save-error'}
      title={problem?.title ?? t('errors.unexpected')}
      description={description}
      action={conflict && onReload ? <Button onClick={onReload}>{t('adminCatalog.edit.reload')}</Button> : undefined}
    />
  );
}
