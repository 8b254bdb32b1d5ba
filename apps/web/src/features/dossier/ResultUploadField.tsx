import { useState } from 'react';
import { UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentInfo } from '@motcua/core';
import { attachDocument, uploadDocument } from '../../api/documents.ts';
import { problemOf } from '../../components/problem/problem.ts';

type Props = { dossierId: string; id?: string; value?: string | null; onChange?: (id: string | null) => void };

/**
 * The signed result the approver attaches at approval (optional): uploaded as a result, attached to the
 * dossier at once (it shows among its documents), and its id sent with `approve` for `prepare_result` to take.
 */
export function ResultUploadField({ dossierId, id, onChange }: Props) {
  const { t } = useTranslation();
  const [done, setDone] = useState<DocumentInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const info = await uploadDocument(file, 'result');
      await attachDocument(info.id, dossierId);
      setDone(info);
      onChange?.(info.id);
    } catch (failure) {
      setError(failure);
      onChange?.(null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex vertical gap="small" align="start">
      <Upload
        id={id}
        showUploadList={false}
        accept=".pdf,.docx,.jpg,.jpeg,.png"
        beforeUpload={(file) => {
          void upload(file);
          return Upload.LIST_IGNORE;
        }}
        data-testid="result-upload"
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={busy}>
          {busy ? t('dossier.form.resultUploading') : t('dossier.form.resultUpload')}
        </Button>
      </Upload>
      {done && (
        <Typography.Text data-testid="result-uploaded" data-document={done.id}>
          {done.name}
        </Typography.Text>
      )}
      {error !== null && (
        <Typography.Text type="danger" role="alert" data-testid="result-upload-error">
          {problemOf(error)?.title ?? t('errors.network')}
        </Typography.Text>
      )}
    </Flex>
  );
}
