import { CloudUploadOutlined } from '@ant-design/icons';
import { Flex, Spin, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_TYPES, documentTypeOf, type DocumentInfo } from '@motcua/core';
import { uploadDocument } from '../../api/documents.ts';
import { RemoveButton } from '../../components/ListItemFieldset.tsx';
import { problemOf } from '../../components/problem/problem.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { ScanUpload } from './reception-values.ts';

const ACCEPT = Object.values(DOCUMENT_TYPES)
  .flatMap((type) => type.extensions.map((extension) => `.${extension}`))
  .join(',');

export type ScanUploadFieldProps = { id?: string; value?: ScanUpload[]; onChange?: (scans: ScanUpload[]) => void };

/** "1,2 MB", "830 KB": sizes as the officer reads them, in the UI language. */
function useSize() {
  const number = new Intl.NumberFormat(currentLanguage() === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${number.format(bytes / 1024 / 1024)} MB`
      : `${number.format(Math.max(bytes, 1) / 1024)} KB`;
}

/**
 * The scans of the papers brought (DESIGN §6 "Documents"): each file sent as it is chosen, the server
 * telling its real type, size and pages, or why it refuses it. The area opens the file dialog on
 * Enter or Space; they are attached to the dossier once it is received.
 */
export function ScanUploadField({ id, value = [], onChange }: ScanUploadFieldProps) {
  const { t } = useTranslation();
  const size = useSize();
  const describe = (info: DocumentInfo) =>
    [
      documentTypeOf(info.mediaType)?.toUpperCase() ?? info.mediaType,
      size(info.size),
      info.pages ? t('reception.scans.pages', { count: info.pages }) : null,
    ]
      .filter(Boolean)
      .join(' · ');
  const refusal = (error: unknown) => {
    const problem = problemOf(error);
    return problem ? [problem.title, problem.detail].filter(Boolean).join(': ') : t('errors.network');
  };
  return (
    <Flex vertical gap="small">
      <Upload.Dragger<DocumentInfo>
        id={id}
        multiple
        accept={ACCEPT}
        fileList={value}
        showUploadList={false}
        onChange={({ fileList }) => onChange?.(fileList)}
        customRequest={({ file, onSuccess, onError }) => {
          const controller = new AbortController();
          uploadDocument(file as File, 'scan', controller.signal).then(
            (info) => onSuccess?.(info),
            (error: Error) => onError?.(error),
          );
          return { abort: () => controller.abort() };
        }}
        data-testid="scan-input"
      >
        <p className="ant-upload-drag-icon">
          <CloudUploadOutlined aria-hidden />
        </p>
        <p className="ant-upload-text">{t('reception.scans.drop')}</p>
        <p className="ant-upload-hint">{t('reception.scans.hint')}</p>
      </Upload.Dragger>
      <ul className="plain-list" aria-live="polite" data-testid="scan-list">
        {value.map((scan) => (
          <li key={scan.uid} data-testid="scan-item" data-status={scan.status}>
            <Flex align="center" gap="small" wrap>
              <Typography.Text strong>{scan.name}</Typography.Text>
              {scan.status === 'uploading' && <Spin size="small" aria-label={t('reception.scans.uploading')} />}
              {scan.status === 'done' && scan.response && (
                <Typography.Text type="secondary" data-testid="scan-info">
                  {describe(scan.response)}
                </Typography.Text>
              )}
              {scan.status === 'error' && (
                <Typography.Text type="danger" role="alert" data-testid="scan-error">
                  {refusal(scan.error)}
                </Typography.Text>
              )}
              {scan.status !== 'uploading' && (
                <RemoveButton
                  item={scan.name}
                  onRemove={() => onChange?.(value.filter((other) => other.uid !== scan.uid))}
                />
              )}
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}
