import { useState } from 'react';
import { DeleteOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { myFiles, useMyDocuments, useRemoveMyDocument } from './online-client.ts';
import { StoreUploadCard } from './StoreUploadCard.tsx';
import './online.css';

const PAGE_SIZE = 10;

/** `/kho-giay-to`: the citizen's document store (NĐ 45/2020 art. 16 as amended by NĐ 118/2025), paged. */
export function DocumentStorePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const documents = useMyDocuments(page, PAGE_SIZE);
  const remove = useRemoveMyDocument();
  usePageTitle(t('online.store.title'));
  return (
    <Flex vertical gap="middle" className="online-page">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('online.store.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('online.store.intro')}</Typography.Paragraph>
      {documents.isError && (
        <LoadFailedInline message={documents.error.message} onRetry={() => void documents.refetch()} />
      )}
      <ProblemAlert error={remove.error} />
      <List
        bordered
        loading={documents.isPending}
        dataSource={documents.data?.items ?? []}
        locale={{ emptyText: t('online.store.empty') }}
        data-testid="store-documents"
        pagination={
          (documents.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: documents.data?.total,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (count) => t('online.store.total', { count }),
          }
        }
        renderItem={(d) => (
          <List.Item data-testid={`store-document-${d.id}`}>
            <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
              <Flex gap="small" wrap align="center">
                <strong>{d.title}</strong>
                <Tag>{t(`online.store.sources.${d.source}`)}</Tag>
              </Flex>
              <span style={{ overflowWrap: 'anywhere' }}>{d.fileName}</span>
              <Typography.Text type="secondary">
                {t('online.store.addedAt', { at: formatInstant(d.createdAt) })} ·{' '}
                {d.uses > 0 ? t('online.store.uses', { count: d.uses }) : t('online.store.notUsed')} ·{' '}
                {d.firstCheckedAt
                  ? t('online.store.firstChecked', { at: formatInstant(d.firstCheckedAt) })
                  : t('online.store.notChecked')}
              </Typography.Text>
              <Flex gap="small" wrap>
                <Button
                  href={myFiles.storeDocument(d.id)}
                  target="_blank"
                  rel="noopener"
                  icon={<EyeOutlined aria-hidden />}
                >
                  {t('online.store.view')}
                </Button>
                <Popconfirm
                  title={t('online.store.removeConfirm', { title: d.title })}
                  okText={t('online.store.remove')}
                  cancelText={t('online.store.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    remove.mutate(d.id, { onSuccess: () => void message.success(t('online.store.removed')) })
                  }
                >
                  <Button
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('online.store.removeNamed', { title: d.title })}
                    data-testid="store-remove"
                  >
                    {t('online.store.remove')}
                  </Button>
                </Popconfirm>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      <StoreUploadCard />
    </Flex>
  );
}
