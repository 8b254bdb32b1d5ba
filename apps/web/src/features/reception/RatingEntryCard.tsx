import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATING_LABELS, RATING_MESSAGES } from '@motcua/core';
import { useIdempotencyKey } from '../../api/idempotency.ts';
import { useStaffRating } from '../../api/ratings.ts';
import { RatingCriteriaFields } from '../../components/rating/RatingCriteriaFields.tsx';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useProblemOnForm } from '../../components/problem/useProblemOnForm.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { toStaffRatingRequest, type RatingEntryValues } from './rating-entry-values.ts';

/**
 * A paper form (phiếu giấy) or a mailbox letter typed in at the counter, with its own number: each is entered
 * once, and it counts in the satisfaction index only when linked to a dossier of the agency (core `countsInIndex`).
 */
export function RatingEntryCard() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [form] = Form.useForm<RatingEntryValues>();
  const rate = useStaffRating();
  const idempotency = useIdempotencyKey();
  const problem = useProblemOnForm(form);
  const [empty, setEmpty] = useState(false);
  const channels = (['paper', 'mailbox'] as const).map((c) => ({
    value: c,
    label: RATING_LABELS.channel[c][language],
  }));

  const onFinish = (values: RatingEntryValues) => {
    const request = toStaffRatingRequest(values);
    setEmpty(request === null);
    if (!request) return;
    problem.clear();
    rate.mutate(
      { request, idempotencyKey: idempotency.keyFor(request) },
      {
        onSuccess: () => {
          idempotency.succeeded();
          form.resetFields(['formReference', 'dossierCode', 'scores', 'comment']);
        },
        onError: problem.put,
      },
    );
  };

  return (
    <Card
      title={
        <Typography.Title level={2} className="card-heading" style={{ fontSize: 20 }}>
          {t('reception.ratingEntry.title')}
        </Typography.Title>
      }
    >
      <Form<RatingEntryValues>
        name="rating-entry"
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ channel: 'paper' }}
        data-testid="rating-entry-form"
      >
        <Typography.Paragraph>{t('reception.ratingEntry.intro')}</Typography.Paragraph>
        <Form.Item name="channel" label={t('reception.ratingEntry.channel')}>
          <Radio.Group optionType="button" options={channels} />
        </Form.Item>
        <Form.Item
          name="formReference"
          label={t('reception.ratingEntry.formReference')}
          rules={[
            { required: true, whitespace: true, message: RATING_MESSAGES['rating.form_reference_required'][language] },
          ]}
        >
          <Input maxLength={60} data-testid="rating-entry-reference" />
        </Form.Item>
        <Form.Item
          name="dossierCode"
          label={t('reception.ratingEntry.dossierCode')}
          extra={t('reception.ratingEntry.dossierHint')}
        >
          <Input data-testid="rating-entry-dossier" />
        </Form.Item>
        <RatingCriteriaFields idPrefix="entry" onChange={() => setEmpty(false)} />
        <Form.Item name="comment" label={t('reception.ratingEntry.comment')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Flex vertical gap="middle">
          {empty && (
            <Alert type="warning" showIcon role="alert" title={RATING_MESSAGES['rating.no_criterion'][language]} />
          )}
          <ProblemAlert
            error={rate.error}
            general={problem.general}
            seeMarked={t('dossier.problem.seeMarked')}
            testId="rating-entry-error"
          />
          {rate.isSuccess && (
            <Alert
              type={rate.data.counted ? 'success' : 'info'}
              showIcon
              role="status"
              data-testid="rating-entry-done"
              title={t('reception.ratingEntry.done', { reference: rate.data.formReference })}
              description={t(rate.data.counted ? 'reception.ratingEntry.counted' : 'reception.ratingEntry.notCounted')}
            />
          )}
          <div>
            <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="rating-entry-submit">
              {t('reception.ratingEntry.submit')}
            </Button>
          </div>
        </Flex>
      </Form>
    </Card>
  );
}
