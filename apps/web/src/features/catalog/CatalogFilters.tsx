import { Button, Col, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OnlineLevel, ProcedureLevel } from '@motcua/core';
import { useAgencies, useFields, type ProcedureSearch } from '../../api/catalog.ts';

type FilterKey = 'agency' | 'field' | 'level' | 'onlineLevel';
export type CatalogFiltersProps = { search: ProcedureSearch; onChange: (changes: Partial<Record<FilterKey, string | undefined>>) => void };

/** Agency, field (of the agency chosen), level and online level; each one narrows the list at once. */
export function CatalogFilters({ search, onChange }: CatalogFiltersProps) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const fields = useFields(search.agency);
  const filtered = search.agency ?? search.field ?? search.level ?? search.onlineLevel;
  const select = (key: FilterKey, options: { value: string; label: string }[], loading = false) => (
    <Col xs={24} sm={12} xl={6} key={key}>
      <label htmlFor={`filter-${key}`}>
        <Typography.Text strong>{t(`catalog.filters.${key}`)}</Typography.Text>
      </label>
      <Select
        id={`filter-${key}`}
        data-testid={`filter-${key}`}
        style={{ width: '100%', marginTop: 4 }}
        // "All" is a real option (''), not a placeholder: a placeholder's pale text is too faint to read (WCAG 1.4.3).
        value={search[key] ?? ''}
        options={[{ value: '', label: t('catalog.filters.all') }, ...options]}
        loading={loading}
        showSearch={{ optionFilterProp: 'label' }}
        // A field belongs to one agency: choosing another agency drops the field.
        onChange={(value: string) => onChange(key === 'agency' ? { agency: value || undefined, field: undefined } : { [key]: value || undefined })}
      />
    </Col>
  );
  return (
    <section aria-labelledby="catalog-filters">
      <h2 id="catalog-filters" className="visually-hidden">
        {t('catalog.filters.title')}
      </h2>
      <Row gutter={[12, 12]} align="bottom">
        {select('agency', (agencies.data ?? []).map((a) => ({ value: a.slug, label: `${a.name} (${a.procedureCount})` })), agencies.isPending)}
        {select('field', (fields.data ?? []).map((f) => ({ value: f.code, label: `${f.name} (${f.procedureCount})` })), fields.isPending)}
        {select('level', ProcedureLevel.options.map((level) => ({ value: level, label: t(`catalog.level.${level}`) })))}
        {select('onlineLevel', OnlineLevel.options.map((level) => ({ value: level, label: t(`catalog.onlineLevel.${level}`) })))}
      </Row>
      {filtered && (
        <Button type="link" style={{ paddingLeft: 0 }} onClick={() => onChange({ agency: undefined, field: undefined, level: undefined, onlineLevel: undefined })}>
          {t('catalog.filters.clear')}
        </Button>
      )}
    </section>
  );
}
