import { useState } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { DossierCodeSearch } from '../../components/dossier/DossierCodeSearch.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CounterBar } from './CounterBar.tsx';
import { CounterInbox } from './CounterInbox.tsx';
import { RatingEntryCard } from './RatingEntryCard.tsx';
import { ReceptionForm } from './ReceptionForm.tsx';
import { ReceptionOutcome, type ReceivedDossier } from './ReceptionOutcome.tsx';

/** `/reception`: the counter the officer sits at, open a dossier by its code (QR scanner), receive a new one, and the counter's queues. */
export function ReceptionHome() {
  const { t } = useTranslation();
  usePageTitle(t('reception.title'));
  const [received, setReceived] = useState<ReceivedDossier | null>(null);
  // A new key empties the form for the next applicant in the queue.
  const [round, setRound] = useState(0);
  return (
    <Flex vertical gap="large">
      <AreaHeading title={t('reception.title')} />
      <CounterBar />
      <DossierCodeSearch />
      <section aria-labelledby="reception-new">
        <Card
          title={
            <Typography.Title level={2} id="reception-new" className="card-heading" style={{ fontSize: 20 }}>
              {t('reception.newTitle')}
            </Typography.Title>
          }
        >
          {received ? (
            <ReceptionOutcome
              received={received}
              onNext={() => {
                setReceived(null);
                setRound((r) => r + 1);
              }}
            />
          ) : (
            <ReceptionForm key={round} onReceived={setReceived} />
          )}
        </Card>
      </section>
      <CounterInbox />
      <RatingEntryCard />
    </Flex>
  );
}
