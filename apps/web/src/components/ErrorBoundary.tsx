import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Plain markup, not Ant Design's Result: the boundary wraps the first page, which stays light (issue 19). */
function Fallback() {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-fallback">
      <h1>{t('errors.unexpectedTitle')}</h1>
      <p>{t('errors.unexpected')}</p>
      <Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>
    </div>
  );
}

type State = { error: unknown };

/** Catches a rendering error below it and shows a translated message instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unhandled error while rendering', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? <Fallback /> : this.props.children;
  }
}
