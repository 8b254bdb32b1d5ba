import { useState } from 'react';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Checkbox, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileIds, type FormField, type MyDocument } from '@motcua/core';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { useUploadMyDocument } from './online-client.ts';
import { STORE_ACCEPT } from './online-values.ts';
import './online.css';

type Props = {
  field: FormField;
  id?: string;
  value: string;
  onChange: (value: string) => void;
  matches: readonly MyDocument[];
};

/**
 * A `file` field: a new file goes into the citizen's store under the field's label, or a document already there is
 * picked (DESIGN §15: no document asked twice); the value is the store documents' ids, comma-separated.
 */
export function StoreFileField({ field, id, value, onChange, matches }: Props) {
  const { t } = useTranslation();
  const upload = useUploadMyDocument();
  const [uploaded, setUploaded] = useState<MyDocument[]>([]);
  const ids = fileIds(value);
  const set = (next: string[]) => onChange([...new Set(next)].join(','));
  const known = new Map([...matches, ...uploaded].map((d) => [d.id, d]));

  const onFile = (file: File | undefined) => {
    if (!file) return;
    upload.mutate(
      { file, title: field.label },
      {
        onSuccess: (document) => {
          setUploaded((list) => [...list, document]);
          set([...ids, document.id]);
        },
      },
    );
  };

  return (
    <Flex vertical gap="small" data-testid={`file-${field.name}`}>
      {matches.length > 0 && (
        <fieldset className="online-fieldset">
          <legend>{t('online.form.fromStore')}</legend>
          <Checkbox.Group
            data-testid={`store-pick-${field.name}`}
            value={ids.filter((i) => matches.some((m) => m.id === i))}
            onChange={(picked) =>
              set([...ids.filter((i) => !matches.some((m) => m.id === i)), ...(picked as string[])])
            }
            options={matches.map((d) => ({
              value: d.id,
              label: t('online.form.storeDocument', {
                title: d.title,
                file: d.fileName,
                at: formatInstant(d.createdAt),
              }),
            }))}
          />
        </fieldset>
      )}
      <Flex gap="small" wrap>
        {ids.map((docId) => (
          <Tag
            key={docId}
            icon={<PaperClipOutlined aria-hidden />}
            closable
            onClose={() => set(ids.filter((i) => i !== docId))}
          >
            {known.get(docId)?.fileName ?? t('online.form.storedFile')}
          </Tag>
        ))}
      </Flex>
      <label className="online-upload">
        <UploadOutlined aria-hidden /> {upload.isPending ? t('online.form.uploading') : t('online.form.upload')}
        <input
          id={id}
          type="file"
          className="visually-hidden"
          accept={STORE_ACCEPT}
          disabled={upload.isPending}
          data-testid={`upload-${field.name}`}
          onChange={(e) => {
            onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {upload.isError && <Alert type="error" showIcon title={upload.error.message} />}
      <Typography.Text type="secondary">{t('online.form.uploadHint')}</Typography.Text>
    </Flex>
  );
}
