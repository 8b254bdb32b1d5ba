import { Button, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { OnlineLevel, ProcedureLevel } from '@motcua/core';
import { useAgencies, useFields, type ProcedureSearch } from '../../api/catalog.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';

type FilterKey = 'agency' | 'field' | 'level' | 'onlineLevel';
export type CatalogFiltersProps = {
  search: ProcedureSearch;
  onChange: (changes: Partial<Record<FilterKey, string | undefined>>) => void;
};

/** Agency, field (of the agency chosen), level and online level; each one narrows the list at once. */
export function CatalogFilters({ search, onChange }: CatalogFiltersProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const fields = useFields(search.agency);
  const filtered = search.agency ?? search.field ?? search.level ?? search.onlineLevel;
  const select = (key: FilterKey, options: { value: string; label: string }[], loading = false) => (
    <Col xs={24} sm={12} xl={6} key={key}>
      <FilterSelect
        name={key}
        label={t(`catalog.filters.${key}`)}
        value={search[key] ?? ''}
        allLabel={t('catalog.filters.all')}
        options={options}
        loading={loading}
        // A field belongs to one agency: choosing another agency drops the field.
        onChange={(value) => onChange(key === 'agency' ? { agency: value, field: undefined } : { [key]: value })}
      />
    </Col>
  );
  return (
    <section aria-labelledby="catalog-filters">
      <h2 id="catalog-filters" className="visually-hidden">
        {t('catalog.filters.title')}
      </h2>
      <Row gutter={[12, 12]} align="bottom">
        {select(
          'agency',
          (agencies.data ?? []).map((a) => ({ value: a.slug, label: `${a.name} (${a.procedureCount})` })),
          agencies.isPending,
        )}
        {select(
          'field',
          (fields.data ?? []).map((f) => ({ value: f.code, label: `${f.name} (${f.procedureCount})` })),
          fields.isPending,
        )}
        {select(
          'level',
          ProcedureLevel.options.map((level) => ({ value: level, label: t(`catalog.level.${level}`) })),
        )}
        {select(
          'onlineLevel',
          OnlineLevel.options.map((level) => ({ value: level, label: t(`catalog.onlineLevel.${level}`) })),
        )}
      </Row>
      {filtered && (
        <Button
          type="link"
          style={{ paddingLeft: 0 }}
          onClick={() => onChange({ agency: undefined, field: undefined, level: undefined, onlineLevel: undefined })}
        >
          {t('catalog.filters.clear')}
        </Button>
      )}
    </section>
  );
}
