import { useState } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReceiveDossierResponse } from '@motcua/core';
import { AreaHeading } from '../../components/AreaHeading.tsx';
import { DossierCodeSearch } from '../../components/dossier/DossierCodeSearch.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { CounterInbox } from './CounterInbox.tsx';
import { ReceptionForm } from './ReceptionForm.tsx';
import { ReceptionOutcome } from './ReceptionOutcome.tsx';

/** `/reception`: open a dossier by its code (QR scanner), receive a new one, and the counter's queues. */
export function ReceptionHome() {
  const { t } = useTranslation();
  usePageTitle(t('reception.title'));
  const [answer, setAnswer] = useState<ReceiveDossierResponse | null>(null);
  // A new key empties the form for the next applicant in the queue.
  const [round, setRound] = useState(0);
  return (
    <Flex vertical gap="large">
      <AreaHeading title={t('reception.title')} />
      <DossierCodeSearch />
      <section aria-labelledby="reception-new">
        <Card
          title={
            <Typography.Title level={2} id="reception-new" className="card-heading" style={{ fontSize: 20 }}>
              {t('reception.newTitle')}
            </Typography.Title>
          }
        >
          {answer ? (
            <ReceptionOutcome
              answer={answer}
              onNext={() => {
                setAnswer(null);
                setRound((r) => r + 1);
              }}
            />
          ) : (
            <ReceptionForm key={round} onReceived={setAnswer} />
          )}
        </Card>
      </section>
      <CounterInbox />
    </Flex>
  );
}
