import type { CSSProperties } from 'react';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemCode } from '@motcua/core';
import { problemBody, problemOf, type ProblemBodyOptions } from './problem.ts';

/** A stale version (409): the code that says so, the words for it, and the reload offered. */
export type VersionConflict = { code: ProblemCode; detail: string; reload: string; onReload?: () => void };

export type ProblemAlertProps = Omit<ProblemBodyOptions, 'conflictCode'> & {
  /** The failure of a query or a command; without one nothing is shown. */
  error: unknown;
  conflict?: VersionConflict;
  /** The alert's test id; a version conflict's is always `version-conflict`. */
  testId?: string;
  style?: CSSProperties;
};

/**
 * A failure in the server's words (problem+json in the UI language): its title and what to do about it
 * (`problemBody`). A failure that is not the server's answer gets the generic message.
 */
export function ProblemAlert({ error, conflict, testId, style, ...options }: ProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  const body = problemBody(error, { ...options, conflictCode: conflict?.code });
  const stale = body.kind === 'conflict';
  const description =
    body.kind === 'conflict' ? (
      conflict?.detail
    ) : body.kind === 'list' ? (
      <ul className="plain-list">
        {body.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    ) : (
      body.text
    );
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={stale ? 'version-conflict' : testId}
      title={problemOf(error)?.title ?? t('errors.unexpected')}
      description={description}
      style={style}
      action={stale && conflict?.onReload ? <Button onClick={conflict.onReload}>{conflict.reload}</Button> : undefined}
    />
  );
}
