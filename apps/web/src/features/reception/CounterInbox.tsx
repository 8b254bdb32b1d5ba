import { useState } from 'react';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDossierList } from '../../api/dossiers.ts';
import { SearchBox } from '../../components/catalog/SearchBox.tsx';
import { DossierTable } from '../../components/dossier/DossierTable.tsx';

type Queue = 'submitted' | 'result_ready' | 'received';
// Online dossiers first (issue 19): the clock starts only when the counter checks and receives them (DESIGN §5).
const QUEUES: readonly Queue[] = ['submitted', 'result_ready', 'received'];
const QUEUE_LABELS = {
  submitted: 'online.inbox.submitted',
  result_ready: 'reception.inbox.result_ready',
  received: 'reception.inbox.received',
} as const;
const QUEUE_TEST_IDS: Record<Queue, string> = {
  submitted: 'inbox-submitted',
  result_ready: 'inbox-result-ready',
  received: 'inbox-received',
};

/** The counter's queues: online dossiers to check, results waiting to be returned, dossiers received but not yet taken up. */
export function CounterInbox() {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<Queue>('submitted');
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  // A busy day brings dozens of online dossiers: the counter finds one by its code or the applicant's name.
  const [q, setQ] = useState('');
  const results = useDossierList({ status: queue, ...paging, ...(q ? { q } : {}) });
  return (
    <section aria-labelledby="counter-inbox">
      <Typography.Title level={2} id="counter-inbox" style={{ fontSize: 20 }}>
        {t('reception.inbox.title')}
      </Typography.Title>
      <SearchBox
        id="counter-inbox-search"
        label={t('processing.filters.search')}
        placeholder={t('processing.filters.search')}
        value={q}
        onSearch={(text) => {
          setQ(text);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
      />
      <Tabs
        activeKey={queue}
        onChange={(key) => {
          setQueue(key as Queue);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        items={QUEUES.map((key) => ({
          key,
          label: <span data-testid={QUEUE_TEST_IDS[key]}>{t(QUEUE_LABELS[key])}</span>,
          children: key === queue && (
            <DossierTable
              results={results}
              page={paging.page}
              pageSize={paging.pageSize}
              onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
            />
          ),
        }))}
      />
    </section>
  );
}
