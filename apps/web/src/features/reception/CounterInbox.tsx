import { useState } from 'react';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDossierList } from '../../api/dossiers.ts';
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
  const results = useDossierList({ status: queue, ...paging });
  return (
    <section aria-labelledby="counter-inbox">
      <Typography.Title level={2} id="counter-inbox" style={{ fontSize: 20 }}>
        {t('reception.inbox.title')}
      </Typography.Title>
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
