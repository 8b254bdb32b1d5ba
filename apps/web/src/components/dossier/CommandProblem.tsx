import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROBLEM_TYPE_PREFIX, type FieldError } from '@motcua/core';
import { isApiError } from '../../api/client.ts';

export const isProblem = (error: unknown, code: string) =>
  isApiError(error) && error.problem.type === `${PROBLEM_TYPE_PREFIX}${code}`;

export type CommandProblemProps = {
  error: unknown;
  /** The field errors no form item shows. */
  general?: readonly FieldError[];
  /** Offered when someone else changed the dossier meanwhile (409 `dossier.version_conflict`). */
  onReload?: () => void;
};

/**
 * A refused command in the server's words (problem+json in the UI language): its title, why (a guard's
 * `detail`), the errors no field shows; a stale version offers to reload the dossier.
 */
export function CommandProblem({ error, general = [], onReload }: CommandProblemProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = isApiError(error) ? error.problem : null;
  const conflict = isProblem(error, 'dossier.version_conflict');
  const description =
    general.length > 0 ? (
      <ul className="plain-list">
        {general.map((e, i) => (
          <li key={i}>{e.message}</li>
        ))}
      </ul>
    ) : conflict ? (
      t('dossier.problem.conflict')
    ) : (
      (problem?.detail ?? (problem?.errors?.length ? t('dossier.problem.seeMarked') : undefined))
    );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={conflict ? 'version-conflict' : 'command-error'}
      title={problem?.title ?? t('errors.unexpected')}
      description={description}
      action={conflict && onReload ? <Button onClick={onReload}>{t('dossier.problem.reload')}</Button> : undefined}
    />
  );
}
