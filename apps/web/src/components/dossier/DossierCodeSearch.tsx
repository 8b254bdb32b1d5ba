import { useState } from 'react';
import { QrcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOpenDossierByCode } from './useOpenDossierByCode.ts';

/**
 * The counter's big box: a QR scanner types the receipt's code (or its look-up URL) and Enter, which
 * opens the dossier. Focused on arrival, so that the next scan needs no click.
 */
export function DossierCodeSearch() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [noCode, setNoCode] = useState(false);
  const opener = useOpenDossierByCode();
  const submit = async () => {
    if (text.trim() === '') return;
    const outcome = await opener.open(text);
    setNoCode(outcome === 'no_code');
  };
  const message = noCode ? t('dossier.open.noCode') : opener.error;
  return (
    <form role="search" onSubmit={(event) => (event.preventDefault(), void submit())} data-testid="dossier-code-search">
      <label htmlFor="dossier-code-input" className="visually-hidden">
        {t('dossier.open.label')}
      </label>
      <Flex gap="small">
        <Input
          id="dossier-code-input"
          type="search"
          size="large"
          // The officer's first action on this page is to scan; WCAG 3.2.1 allows focus on arrival that changes nothing.
          autoFocus
          value={text}
          placeholder={t('dossier.open.label')}
          prefix={<QrcodeOutlined aria-hidden />}
          autoComplete="off"
          maxLength={500}
          aria-describedby={message ? 'dossier-code-error' : undefined}
          aria-invalid={message ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setNoCode(false);
            opener.clearError();
          }}
        />
        <Button size="large" type="primary" htmlType="submit" loading={opener.pending}>
          {t('dossier.open.submit')}
        </Button>
      </Flex>
      {message && (
        <Alert
          id="dossier-code-error"
          style={{ marginTop: 8 }}
          type="error"
          showIcon
          role="alert"
          title={message}
          data-testid="dossier-code-error"
        />
      )}
    </form>
  );
}
