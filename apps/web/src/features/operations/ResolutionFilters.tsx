import { Flex, Segmented, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenterLevel, type ReportGrouping } from '@motcua/core';
import { useCenters } from '../../api/centers.ts';
import type { ResolutionSearch } from '../../api/reports.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';

export type ResolutionChanges = Partial<Record<'by' | 'rollup' | 'center' | 'level', string>>;

const GROUPINGS: readonly ReportGrouping[] = ['agency', 'field', 'center'];

type Props = {
  search: ResolutionSearch;
  /** The province's director picks the receiving center and level; a center's director's is forced by the server. */
  pickCenter: boolean;
  onChange: (changes: ResolutionChanges) => void;
};

/** How Biểu II.06a is grouped and which receptions it counts: by where received, and at which center or level (DESIGN §13). */
export function ResolutionFilters({ search, pickCenter, onChange }: Props) {
  const { t } = useTranslation();
  const centers = useCenters();
  const label = (g: ReportGrouping) =>
    t(`operations.report.by${g === 'agency' ? 'Agency' : g === 'field' ? 'Field' : 'Center'}`);
  return (
    <Flex gap="large" align="end" wrap>
      <div>
        <Typography.Text strong id="report-by">
          {t('operations.report.by')}
        </Typography.Text>
        <div style={{ marginTop: 4 }}>
          <Segmented
            aria-labelledby="report-by"
            data-testid="report-by"
            value={search.by}
            options={GROUPINGS.map((value) => ({ value, label: label(value) }))}
            onChange={(value) => onChange({ by: value === 'agency' ? undefined : value })}
          />
        </div>
      </div>
      {pickCenter && (
        <div style={{ width: 360, maxWidth: '100%' }}>
          <FilterSelect
            name="center"
            label={t('operations.report.center')}
            value={search.center ?? ''}
            allLabel={t('operations.report.allCenters')}
            options={(centers.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
            loading={centers.isPending}
            onChange={(center) => onChange({ center })}
          />
        </div>
      )}
      {pickCenter && (
        <div style={{ width: 160, maxWidth: '100%' }}>
          <FilterSelect
            name="level"
            label={t('operations.report.level')}
            value={search.level ?? ''}
            allLabel={t('operations.report.allLevels')}
            options={CenterLevel.options.map((level) => ({
              value: level,
              label: t(`operations.report.levels.${level}`),
            }))}
            onChange={(level) => onChange({ level })}
          />
        </div>
      )}
      {/* Bounded by the window: on a phone the label wraps instead of widening the page. */}
      <Flex gap="small" align="center" style={{ paddingBottom: 6, maxWidth: '100%' }}>
        <Switch
          id="report-rollup"
          checked={search.rollup}
          onChange={(on) => onChange({ rollup: on ? '1' : undefined })}
          data-testid="report-rollup"
        />
        <label htmlFor="report-rollup">{t('operations.report.rollup')}</label>
      </Flex>
    </Flex>
  );
}
