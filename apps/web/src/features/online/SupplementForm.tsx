import { useState } from 'react';
import { App, Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileIds, storeMatches, type FormField, type MyDossierView, type MySupplementAsked } from '@motcua/core';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { formatInstant } from '../../components/dossier/useDossierFormat.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useMyDocuments, useSupplement } from './online-client.ts';
import { supplementRequestOf } from './online-values.ts';
import { StoreFileField } from './StoreFileField.tsx';

// The store's newest documents offered for each item: one page is what a citizen has at hand.
const STORE_PAGE = 100;

/** What is asked (form 02's items, all at once) and the citizen's answer: documents per item and a note, same code. */
export function SupplementForm({ dossier, asked }: { dossier: MyDossierView; asked: MySupplementAsked }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const supplement = useSupplement(dossier.id);
  const store = useMyDocuments(1, STORE_PAGE);
  const idempotency = useIdempotencyKey();
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  // Each item is a `file` field named by its position, labelled by what is asked: uploads are titled so, and the
  // store's documents of that title are offered again (core `storeMatches`).
  const items: FormField[] = asked.items.map((item, i) => ({
    name: `item${i}`,
    label: item.name,
    type: 'file',
    required: false,
  }));
  const matches = storeMatches(items, store.data?.items ?? []);

  const send = () => {
    const request = supplementRequestOf(
      Object.fromEntries(Object.entries(picks).map(([k, v]) => [k, fileIds(v)])),
      note,
    );
    supplement.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: () => {
          idempotency.succeeded();
          void message.success(t('online.asked.done'));
        },
      },
    );
  };

  return (
    <Card title={<h2 className="card-heading">{t('online.asked.title')}</h2>} data-testid="supplement-asked">
      <Flex vertical gap="small">
        <Alert type="warning" showIcon title={t(asked.atIntake ? 'online.asked.atIntake' : 'online.asked.during')} />
        <Typography.Text type="secondary">
          {t('online.asked.requestedAt', { at: formatInstant(asked.requestedAt) })}
        </Typography.Text>
        {asked.note && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('online.asked.note', { note: asked.note })}
          </Typography.Paragraph>
        )}
        <Form layout="vertical" onFinish={send} disabled={supplement.isPending} data-testid="supplement-form">
          {asked.items.map((item, i) => (
            <Form.Item
              key={`${item.name}-${i}`}
              label={t('online.asked.item', { name: item.name, reason: item.reason })}
              htmlFor={`supplement-item${i}`}
            >
              <StoreFileField
                field={items[i]!}
                id={`supplement-item${i}`}
                value={picks[`item${i}`] ?? ''}
                onChange={(value) => setPicks((p) => ({ ...p, [`item${i}`]: value }))}
                matches={matches[`item${i}`] ?? []}
              />
            </Form.Item>
          ))}
          <Form.Item label={t('online.asked.noteLabel')} htmlFor="supplement-note">
            <Input.TextArea
              id="supplement-note"
              value={note}
              maxLength={2000}
              autoSize={{ minRows: 2 }}
              onChange={(e) => setNote(e.target.value)}
            />
          </Form.Item>
          <ProblemAlert error={supplement.error} />
          <Button type="primary" htmlType="submit" loading={supplement.isPending} data-testid="supplement-submit">
            {t('online.asked.submit')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
