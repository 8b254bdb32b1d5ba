import { useMemo } from 'react';
import { Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useLookup, type LookupInput } from '../../api/dossiers.ts';
import { fieldErrors } from '../../components/problem/problem.ts';
import { ProblemAlert } from '../../components/problem/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { LookupForm } from './LookupForm.tsx';
import { LookupRating } from './LookupRating.tsx';
import { LookupResult } from './LookupResult.tsx';

/** The look-up as the address carries it: the receipt's QR is `/tra-cuu?code=…&secret=…`, looked up on arrival. */
function inputOf(params: URLSearchParams): LookupInput | null {
  const code = params.get('code')?.trim();
  const secret = params.get('secret')?.trim();
  const phoneLast4 = params.get('phoneLast4')?.trim();
  if (!code || (!secret && !phoneLast4)) return null;
  return phoneLast4 ? { code, phoneLast4 } : { code, secret };
}

/** `/tra-cuu`: public look-up of a dossier by its code and the receipt's secret (or the phone's last 4 digits), and the rating of its returned result. */
export function LookupPage() {
  const { t } = useTranslation();
  usePageTitle(t('lookup.title'));
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // One object per address, so that the form is filled again only when the address changes.
  const input = useMemo(() => inputOf(new URLSearchParams(query)), [query]);
  const lookup = useLookup(input);
  const onLookup = (next: LookupInput) =>
    setParams(
      next.phoneLast4
        ? { code: next.code, phoneLast4: next.phoneLast4 }
        : { code: next.code, secret: next.secret ?? '' },
      { replace: true },
    );
  return (
    <Flex vertical gap="middle">
      <div>
        <Typography.Title level={1} style={{ marginBottom: 8 }}>
          {t('lookup.title')}
        </Typography.Title>
        <Typography.Paragraph style={{ margin: 0 }}>{t('lookup.intro')}</Typography.Paragraph>
      </div>
      <LookupForm input={input} loading={lookup.isFetching} onLookup={onLookup} />
      {lookup.isFetching && !lookup.data && <Skeleton active />}
      <ProblemAlert error={lookup.error} general={fieldErrors(lookup.error)} testId="lookup-error" />
      {lookup.data && !lookup.isError && <LookupResult result={lookup.data} />}
      {/* A returned result is rated once, by the receipt's code and secret (DESIGN §7). */}
      {lookup.data && !lookup.isError && lookup.data.status === 'returned' && (
        <LookupRating key={query} code={lookup.data.code} secret={input?.secret} />
      )}
    </Flex>
  );
}
