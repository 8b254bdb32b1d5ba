import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the page (WCAG 2.4.2), in the current language. */
export function usePageTitle(title: string): void {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  useEffect(() => {
    document.title = title === appTitle ? appTitle : `${title} – ${appTitle}`;
  }, [title, appTitle]);
}
