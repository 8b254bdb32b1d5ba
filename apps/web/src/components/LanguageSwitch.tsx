import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Language } from '@motcua/core';
import { currentLanguage, setLanguage } from '../i18n/index.ts';

/** Vietnamese / English; the choice is remembered in localStorage and sent to the server as Accept-Language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const options = Language.options.map((language) => ({ value: language, label: t(`language.${language}`) }));
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      value={currentLanguage()}
      options={options}
      onChange={(language) => void setLanguage(language)}
    />
  );
}
