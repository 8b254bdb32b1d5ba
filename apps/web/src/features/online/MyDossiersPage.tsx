import { useState } from 'react';
import { SendOutlined } from '@ant-design/icons';
import { Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { StatusTag } from '../../components/dossier/StatusTag.tsx';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMyDossiers } from './online-client.ts';
import { myDossierKey } from './online-values.ts';
import { LinkDossierCard } from './LinkDossierCard.tsx';
import './online.css';

const PAGE_SIZE = 10;

/** `/ho-so-cua-toi`: the citizen's dossiers, newest first, paged by the server (DESIGN §11 portal). */
export function MyDossiersPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const dossiers = useMyDossiers(page, PAGE_SIZE);
  usePageTitle(t('online.my.title'));
  return (
    <Flex vertical gap="middle" className="online-page">
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('online.my.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>{t('online.my.intro')}</Typography.Paragraph>
      <div>
        <ButtonLink to="/thu-tuc?onlineLevel=full" type="primary" icon={<SendOutlined aria-hidden />}>
          {t('online.my.submitNew')}
        </ButtonLink>
      </div>
      {dossiers.isError && (
        <LoadFailedInline message={dossiers.error.message} onRetry={() => void dossiers.refetch()} />
      )}
      <List
        bordered
        loading={dossiers.isPending}
        dataSource={dossiers.data?.items ?? []}
        locale={{ emptyText: t('online.my.empty') }}
        data-testid="my-dossiers"
        pagination={
          (dossiers.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: dossiers.data?.total,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (count) => t('online.my.total', { count }),
          }
        }
        renderItem={(d) => (
          <List.Item data-testid={`my-dossier-${myDossierKey(d)}`}>
            <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
              <Flex gap="small" wrap align="center">
                <Link to={`/ho-so-cua-toi/${d.id}`}>
                  <strong>{d.code ?? t('online.my.unsent')}</strong>
                </Link>
                <StatusTag status={d.status} />
                {d.actionNeeded && <Tag className="dossier-tag dossier-tag-waiting">{t('online.my.actionNeeded')}</Tag>}
              </Flex>
              <span>{d.procedure.name}</span>
              <Typography.Text type="secondary">
                {d.agency.name} ·{' '}
                {t(d.code ? 'online.my.submittedAt' : 'online.my.draftAt', { at: formatInstant(d.at) })}
                {d.dueAt && ` · ${t('online.my.due', { at: formatInstant(d.dueAt) })}`}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <LinkDossierCard />
    </Flex>
  );
}
