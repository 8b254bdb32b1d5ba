import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '../api/query-client.ts';
import { currentLanguage } from '../i18n/index.ts';

const THEME = {
  token: { colorPrimary: '#0d4c92', borderRadius: 6 },
  components: { Layout: { headerBg: '#ffffff', headerPadding: '0 24px' } },
};

/** Server calls, and Ant Design in the UI language; answers already read are fetched again in a new language. */
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
        <AntdApp>{children}</AntdApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
