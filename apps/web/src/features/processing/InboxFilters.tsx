import { Alert, Col, Row, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DossierStatus, DossierWarning, findDossierCode } from '@motcua/core';
import type { DossierSearch } from '../../api/dossiers.ts';
import { SearchBox } from '../../components/catalog/SearchBox.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { useDossierFormat } from '../../components/dossier/useDossierFormat.ts';
import { useOpenDossierByCode } from '../../components/dossier/useOpenDossierByCode.ts';
import type { InboxChanges } from './useInboxParams.ts';

/** Search by code or applicant (Enter on a whole code opens the dossier), state, warning, and "mine only". */
export function InboxFilters({
  search,
  onChange,
}: {
  search: DossierSearch;
  onChange: (changes: InboxChanges) => void;
}) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  const opener = useOpenDossierByCode();
  const select = (key: 'status' | 'warning', options: { value: string; label: string }[]) => (
    <Col xs={24} sm={12} lg={5}>
      <FilterSelect
        name={key}
        label={t(`processing.filters.${key}`)}
        value={search[key] ?? ''}
        allLabel={t('processing.filters.all')}
        options={options}
        onChange={(value) => onChange({ [key]: value })}
      />
    </Col>
  );
  return (
    <section aria-labelledby="inbox-filters">
      <h2 id="inbox-filters" className="visually-hidden">
        {t('processing.filters.title')}
      </h2>
      <Row gutter={[12, 12]} align="bottom">
        <Col xs={24} lg={10}>
          <SearchBox
            id="inbox-search"
            label={t('processing.filters.search')}
            placeholder={t('processing.filters.search')}
            value={search.q ?? ''}
            onSearch={(q) => onChange({ q })}
            onEnter={(text) => void (findDossierCode(text) && opener.open(text))}
          />
        </Col>
        {select(
          'status',
          DossierStatus.options.map((value) => ({ value, label: format.status(value) })),
        )}
        {select(
          'warning',
          DossierWarning.options.map((value) => ({ value, label: format.warning(value) })),
        )}
        <Col xs={24} lg={4}>
          <Typography.Text strong id="filter-mine-label">
            {t('processing.filters.mine')}
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Switch
              checked={search.mine ?? false}
              onChange={(mine) => onChange({ mine })}
              aria-labelledby="filter-mine-label"
              data-testid="filter-mine"
            />
          </div>
        </Col>
      </Row>
      {opener.error && <Alert style={{ marginTop: 8 }} type="error" showIcon role="alert" title={opener.error} />}
    </section>
  );
}
