import { useState } from 'react';
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDossierList } from '../../api/dossiers.ts';
import { DossierTable } from '../../components/dossier/DossierTable.tsx';

type Queue = 'result_ready' | 'received';
const QUEUES: readonly Queue[] = ['result_ready', 'received'];

/** The counter's two queues: results waiting to be returned, and dossiers received but not yet taken up for appraisal. */
export function CounterInbox() {
  const { t } = useTranslation();
  const [queue, setQueue] = useState<Queue>('result_ready');
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
          label: t(`reception.inbox.${key}`),
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
