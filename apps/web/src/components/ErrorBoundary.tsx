import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

function Fallback() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={<h1 className="result-title">{t('errors.unexpectedTitle')}</h1>}
      subTitle={t('errors.unexpected')}
      extra={<Button onClick={() => window.location.reload()}>{t('errors.reload')}</Button>}
    />
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
