import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUploadMyDocument } from './online-client.ts';
import { STORE_ACCEPT } from './online-values.ts';

/** A document added to the store with the title it will be offered under (a form's field label, DESIGN §15). */
export function StoreUploadCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [title, setTitle] = useState('');
  const [missingTitle, setMissingTitle] = useState(false);
  const upload = useUploadMyDocument();

  const onFile = (file: File | undefined) => {
    if (!file) return;
    const named = title.trim();
    if (!named) {
      setMissingTitle(true);
      return;
    }
    upload.mutate(
      { file, title: named },
      {
        onSuccess: () => {
          setTitle('');
          void message.success(t('online.store.uploaded', { title: named }));
        },
      },
    );
  };

  return (
    <Card title={<h2 className="card-heading">{t('online.store.addTitle')}</h2>}>
      <Form layout="vertical" data-testid="store-upload-form">
        <Form.Item
          label={t('online.store.docTitle')}
          htmlFor="store-title"
          validateStatus={missingTitle ? 'error' : undefined}
          help={missingTitle ? t('online.store.titleRequired') : undefined}
        >
          <Input
            id="store-title"
            value={title}
            maxLength={300}
            placeholder={t('online.store.docTitleHint')}
            onChange={(e) => {
              setTitle(e.target.value);
              setMissingTitle(false);
            }}
            data-testid="store-title"
          />
        </Form.Item>
        <Flex vertical gap="small">
          <label className="online-upload">
            <UploadOutlined aria-hidden /> {t('online.store.chooseFile')}
            <input
              type="file"
              className="visually-hidden"
              accept={STORE_ACCEPT}
              disabled={upload.isPending}
              data-testid="store-upload"
              onChange={(e) => {
                onFile(e.target.files?.[0]);
                e.target.value = '';
              }}
            />
          </label>
          {upload.isError && <Alert type="error" showIcon title={upload.error.message} />}
        </Flex>
      </Form>
    </Card>
  );
}
