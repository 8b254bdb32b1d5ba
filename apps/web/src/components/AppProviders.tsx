import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '../api/query-client.ts';
import { currentLanguage } from '../i18n/index.ts';

// Ant Design's default link blue, error red and secondary greys fall below 4.5:1 on the page (WCAG 1.4.3); these stay above it.
const SECONDARY_TEXT = 'rgba(0, 0, 0, 0.65)';
const THEME = {
  token: {
    colorPrimary: '#0d4c92',
    colorLink: '#0d4c92',
    colorError: '#cf1322',
    colorTextSecondary: SECONDARY_TEXT,
    colorTextTertiary: SECONDARY_TEXT,
    colorTextDescription: SECONDARY_TEXT,
    borderRadius: 6,
  },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};

/** Server calls, and Ant Design in the UI language and the center's colours; answers already read are fetched again in a new language. */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  useEffect(() => {
    const refetch = () => void queryClient.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [i18n, queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={currentLanguage() === 'en' ? enUS : viVN} theme={THEME}>
        {/* Ant Design's App wraps the pages below the home only (AntdAppOutlet): the first page stays light. */}
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
