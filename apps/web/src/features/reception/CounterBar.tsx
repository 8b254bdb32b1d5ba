import { useState } from 'react';
import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CounterSession } from '@motcua/core';
import { useCounterList, useCounterSession, useCounterSignIn, useCounterSignOut } from '../../api/counters.ts';
import { useMe } from '../../api/useMe.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { foldedSearch } from '../../components/search/folded-search.ts';

/** A refused sign-in or sign-out in the server's words: who sits at the counter is in the detail. */
const Refusal = ({ error }: { error: unknown }) => <ProblemAlert error={error} testId="counter-error" />;

function SignedIn({ session }: { session: CounterSession }) {
  const { t } = useTranslation();
  const signOut = useCounterSignOut();
  return (
    <Flex vertical gap="small">
      <Flex align="center" gap="middle" wrap>
        <Typography.Text strong data-testid="counter-current" data-number={session.counter.number}>
          {t('reception.counter.current', { number: session.counter.number, name: session.counter.name })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('reception.counter.since', { time: formatInstant(session.startedAt) })}
        </Typography.Text>
        <Button
          icon={<LogoutOutlined aria-hidden />}
          loading={signOut.isPending}
          onClick={() => signOut.mutate()}
          data-testid="counter-sign-out"
        >
          {t('reception.counter.signOut')}
        </Button>
      </Flex>
      <Refusal error={signOut.error} />
    </Flex>
  );
}

/** The officer's own agency's counters and the shared desks; one taken by someone else is refused by the server, naming them. */
function CounterPicker() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const list = useCounterList(true);
  const signIn = useCounterSignIn();
  const [chosen, setChosen] = useState<string>();
  const options = (list.data?.items ?? [])
    .filter((counter) => counter.agency === null || counter.agency.slug === me?.agency?.slug)
    .map((counter) => {
      const label = t('reception.counter.current', { number: counter.number, name: counter.name });
      return {
        value: counter.id,
        label: counter.occupant
          ? t('reception.counter.taken', { counter: label, name: counter.occupant.fullName })
          : label,
      };
    });
  return (
    <Flex vertical gap="small">
      <Flex align="center" gap="small" wrap>
        <Typography.Text strong data-testid="counter-none">
          {t('reception.counter.none')}
        </Typography.Text>
        <label htmlFor="counter-select">{t('reception.counter.choose')}</label>
        <Select
          id="counter-select"
          data-testid="counter-select"
          style={{ width: 360, maxWidth: '100%' }}
          // A shared desk's name is long: the list is as wide as its options, not cut.
          popupMatchSelectWidth={false}
          value={chosen}
          options={options}
          loading={list.isPending}
          showSearch={foldedSearch()}
          onChange={(id: string) => {
            setChosen(id);
            signIn.reset();
          }}
        />
        <Button
          type="primary"
          icon={<LoginOutlined aria-hidden />}
          disabled={!chosen}
          loading={signIn.isPending}
          onClick={() => chosen && signIn.mutate(chosen)}
          data-testid="counter-sign-in"
        >
          {t('reception.counter.signIn')}
        </Button>
      </Flex>
      <Refusal error={signIn.error ?? list.error} />
    </Flex>
  );
}

/**
 * Where the officer sits (DESIGN §2 "Counter"): the server records that counter on each dossier
 * received, so the bar says it, and offers the counters when there is none.
 */
export function CounterBar() {
  const { t } = useTranslation();
  const session = useCounterSession();
  return (
    <section aria-labelledby="counter-bar-title" data-testid="counter-bar">
      <Card size="small">
        <h2 id="counter-bar-title" className="visually-hidden">
          {t('reception.counter.title')}
        </h2>
        {session.isPending ? (
          <Skeleton.Input active size="small" />
        ) : session.data ? (
          <SignedIn session={session.data} />
        ) : session.isError ? (
          <Refusal error={session.error} />
        ) : (
          <CounterPicker />
        )}
      </Card>
    </section>
  );
}
