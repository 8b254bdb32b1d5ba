import { useState } from 'react';
import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RATING_MESSAGES } from '@motcua/core';
import { useWebRating, useWebRatingStatus } from '../../api/ratings.ts';
import { RatingCriteriaFields } from '../../components/rating/RatingCriteriaFields.tsx';
import { CatalogSection } from '../../components/catalog/CatalogSection.tsx';
import { fieldErrors } from '../../components/problem/problem.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { toRatingRequest, type RatingValues } from './lookup-values.ts';

/** The web rating's criteria (at least one is needed) and a comment. */
function RatingForm({ code, secret, rate }: { code: string; secret: string; rate: ReturnType<typeof useWebRating> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [empty, setEmpty] = useState(false);
  const onFinish = (values: RatingValues) => {
    const request = toRatingRequest(code, secret, values);
    setEmpty(request === null);
    if (request) rate.mutate(request);
  };
  return (
    <Form<RatingValues> layout="vertical" onFinish={onFinish} data-testid="rating-form">
      <Typography.Paragraph>{t('lookup.rating.intro')}</Typography.Paragraph>
      <RatingCriteriaFields idPrefix="rating" onChange={() => setEmpty(false)} />
      <Form.Item name="comment" label={t('lookup.rating.comment')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Flex vertical gap="middle">
        {empty && (
          <Alert type="warning" showIcon role="alert" title={RATING_MESSAGES['rating.no_criterion'][language]} />
        )}
        <ProblemAlert error={rate.error} general={fieldErrors(rate.error)} testId="rating-error" />
        <div>
          <Button
            type="primary"
            size="large"
            htmlType="submit"
            icon={<SendOutlined aria-hidden />}
            loading={rate.isPending}
            data-testid="rating-submit"
          >
            {t('lookup.rating.submit')}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}

/**
 * The form, or at once what it would end in when the dossier is rated already (one web rating per dossier,
 * DESIGN §7): asked of the server on every visit, so that a reload does not offer the form again.
 */
function WebRating({ code, secret }: { code: string; secret: string }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const status = useWebRatingStatus({ code, secret });
  // The mutation lives here: once it succeeds the status says "rated" too, and the thanks come first.
  const rate = useWebRating();
  if (rate.isSuccess)
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        data-testid="rating-thanks"
        title={t('lookup.rating.thanks')}
        description={t('lookup.rating.thanksDetail')}
      />
    );
  if (status.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  const ratedAt = status.data?.ratedAt;
  if (!ratedAt) return <RatingForm code={code} secret={secret} rate={rate} />;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      data-testid="rating-done"
      title={t('lookup.rating.done')}
      description={t('lookup.rating.doneAt', { at: format.instant(ratedAt) })}
    />
  );
}

/**
 * Rating a returned dossier's result on the web (DESIGN §7): by its code and the receipt's secret only,
 * so a look-up by the phone's digits explains where the secret is.
 */
export function LookupRating({ code, secret }: { code: string; secret: string | undefined }) {
  const { t } = useTranslation();
  return (
    <CatalogSection id="lookup-rating" title={t('lookup.rating.title')}>
      {secret ? (
        <WebRating code={code} secret={secret} />
      ) : (
        <Alert type="info" showIcon data-testid="rating-needs-secret" title={t('lookup.rating.needsSecret')} />
      )}
    </CatalogSection>
  );
}
