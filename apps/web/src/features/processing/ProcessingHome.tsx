import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDossierList } from '../../api/dossiers.ts';
import { useMe } from '../../api/useMe.ts';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { DossierTable } from '../../components/dossier/DossierTable.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { InboxFilters } from './InboxFilters.tsx';
import { ProcessingNav } from './ProcessingNav.tsx';
import { useInboxParams } from './useInboxParams.ts';

/** `/processing`: the agency's (or a center's director's: the center's) dossiers, soonest due first, with their warnings; filters in the URL, paged by the server. */
export function ProcessingHome() {
  const { t } = useTranslation();
  usePageTitle(t('processing.title'));
  const [search, update] = useInboxParams();
  const results = useDossierList(search);
  // Without an agency (a center's director) the server lists the center's dossiers (DESIGN §13).
  const { data: me } = useMe();
  return (
    <Flex vertical gap="middle">
      <AreaHeading title={t('processing.title')} />
      <ProcessingNav />
      <InboxFilters search={search} onChange={update} />
      <section aria-labelledby="processing-inbox">
        <Flex justify="space-between" align="baseline" wrap gap="small">
          <Typography.Title level={2} id="processing-inbox" style={{ fontSize: 20, margin: 0 }}>
            {t(me && me.agency === null ? 'processing.inboxCenter' : 'processing.inbox')}
          </Typography.Title>
          <Typography.Text type="secondary" role="status" data-testid="inbox-count">
            {results.data && t('dossier.inbox.count', { count: results.data.total })}
          </Typography.Text>
        </Flex>
        <DossierTable
          results={results}
          page={search.page}
          pageSize={search.pageSize}
          onPageChange={(page, pageSize) => update({ page, pageSize })}
        />
      </section>
    </Flex>
  );
}
