import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Language } from '@motcua/core';
import { currentLanguage, setLanguage } from '../i18n/index.ts';

/** Vietnamese / English; the choice is remembered in localStorage and sent to the server as Accept-Language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const options = Language.options.map((language) => ({ value: language, label: t(`language.${language}`) }));
  const current = currentLanguage();
  // Two buttons, the current one pressed: Ant Design's Segmented weighs on the first page (issue 19).
  return (
    <div role="group" aria-label={t('language.label')} data-testid="language-switch" className="language-switch">
      {options.map((option) => (
        <Button
          key={option.value}
          size="small"
          type={option.value === current ? 'primary' : 'default'}
          aria-pressed={option.value === current}
          lang={option.value}
          onClick={() => void setLanguage(option.value)}
        >
          {option.label}
        </Button>
      ))}
    </div>
  );
}
