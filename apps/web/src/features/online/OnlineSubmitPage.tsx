import { Alert, Breadcrumb, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useMyProfile } from '../../api/account.ts';
import { useProcedure } from '../../api/catalog.ts';
import { PageLoading } from '../../components/PageLoading.tsx';
import { LoadFailed } from '../../components/StatusPages.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMyDossier, useStoreMatches } from './online-client.ts';
import { OnlineFormCard } from './OnlineFormCard.tsx';
import './online.css';

/** `/nop-truc-tuyen/:code[?nhap=<id>]`: the procedure's own online form, new or a draft resumed (DESIGN §11 portal). */
export function OnlineSubmitPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [search] = useSearchParams();
  const draftId = search.get('nhap');
  const procedure = useProcedure(code);
  const profile = useMyProfile();
  const draft = useMyDossier(draftId);
  const matches = useStoreMatches(code);
  const name = procedure.data?.procedure.name;
  usePageTitle(name ? t('online.form.title', { name }) : t('areas.submit'));

  const failed = [procedure, profile, draft].find((q) => q.isError);
  if (failed?.error) return <LoadFailed message={failed.error.message} onRetry={() => void failed.refetch()} />;
  if (!procedure.data || !profile.data || (draftId && draft.isPending)) return <PageLoading />;
  const p = procedure.data.procedure;
  const fields = p.formFields;
  const resumable = draft.data?.status === 'draft' ? draft.data : null;

  return (
    <Flex vertical gap="middle" className="online-page">
      <Breadcrumb
        items={[
          { title: <Link to="/thu-tuc">{t('areas.catalog')}</Link> },
          { title: <Link to={`/thu-tuc/${encodeURIComponent(p.code)}`}>{p.name}</Link> },
          { title: t('areas.submit') },
        ]}
      />
      <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
        {t('online.form.title', { name: p.name })}
      </Typography.Title>
      {p.onlineLevel === 'none' || fields.length === 0 ? (
        <Alert type="info" showIcon title={t('online.form.notOnline')} />
      ) : (
        <OnlineFormCard
          procedureCode={p.code}
          fields={fields}
          profile={profile.data}
          draft={resumable ? { id: resumable.id, form: resumable.form } : null}
          matches={matches.data ?? {}}
        />
      )}
    </Flex>
  );
}
