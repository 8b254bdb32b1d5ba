import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAgencies } from '../../api/catalog.ts';
import { LoadFailedInline } from '../../components/StatusPages.tsx';

export type AgencyBrowserProps = {
  current: string | undefined;
  /** The link that shows one agency's procedures (or all, for undefined), keeping the rest of the search. */
  hrefOf: (slug: string | undefined) => string;
};

/** The agencies in force with their procedure counts; each one filters the list by that agency. */
export function AgencyBrowser({ current, hrefOf }: AgencyBrowserProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  return (
    <nav aria-labelledby="browse-agencies">
      <Card
        size="small"
        title={
          <h2 className="card-heading" id="browse-agencies">
            {t('catalog.browse.title')}
          </h2>
        }
      >
        {agencies.isPending && <Skeleton active />}
        {agencies.isError && (
          <LoadFailedInline message={agencies.error.message} onRetry={() => void agencies.refetch()} />
        )}
        {agencies.data && (
          <ul className="catalog-agency-list" data-testid="agency-browser">
            <li>
              <Link to={hrefOf(undefined)} aria-current={current === undefined ? 'true' : undefined}>
                {t('catalog.browse.all')}
              </Link>
            </li>
            {agencies.data.map((agency) => (
              <li key={agency.slug}>
                <Link
                  to={hrefOf(agency.slug)}
                  aria-current={current === agency.slug ? 'true' : undefined}
                  data-agency={agency.slug}
                >
                  <span>{agency.name}</span>
                  <Typography.Text type="secondary" aria-hidden>
                    {agency.procedureCount}
                  </Typography.Text>
                  <span className="visually-hidden">{t('catalog.browse.count', { count: agency.procedureCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </nav>
  );
}
