import type { ReactNode } from 'react';
import { Alert, Button, Result, type ResultProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle.ts';

/** A whole page that is only a status: its title is the page's h1 and the tab's name. */
function StatusPage({
  status,
  title,
  message,
  action,
}: {
  status: ResultProps['status'];
  title: string;
  message: string;
  action: ReactNode;
}) {
  usePageTitle(title);
  return <Result status={status} title={<h1 className="result-title">{title}</h1>} subTitle={message} extra={action} />;
}

/** A page the user's roles do not allow (403). */
export function Forbidden() {
  const { t } = useTranslation();
  const home = <Link to="/">{t('errors.backHome')}</Link>;
  return <StatusPage status="403" title={t('errors.forbiddenTitle')} message={t('errors.forbidden')} action={home} />;
}

export function NotFound() {
  const { t } = useTranslation();
  const home = <Link to="/">{t('errors.backHome')}</Link>;
  return <StatusPage status="404" title={t('errors.notFoundTitle')} message={t('errors.notFound')} action={home} />;
}

/** A server call a page depends on failed; `message` is the problem's title, already in the UI language. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const retry = <Button onClick={onRetry}>{t('errors.retry')}</Button>;
  return <StatusPage status="error" title={t('errors.unexpectedTitle')} message={message} action={retry} />;
}

/** A server call one part of a page depends on failed: said in place, with a retry, under the page's own title. */
export function LoadFailedInline({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const retry = <Button onClick={onRetry}>{t('errors.retry')}</Button>;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('errors.unexpectedTitle')}
      description={message}
      action={retry}
    />
  );
}
