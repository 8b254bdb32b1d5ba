import { Select, Typography } from 'antd';
import { foldedSearch } from './search/folded-search.ts';

export type FilterSelectProps = {
  /** `filter-<name>`: the select's id and test id. */
  name: string;
  label: string;
  /** '' for "all". */
  value: string;
  allLabel: string;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
  loading?: boolean;
};

/** One filter of a list, labelled above, with "all" as a real option; choosing "all" gives undefined. */
export function FilterSelect({ name, label, value, allLabel, options, onChange, loading = false }: FilterSelectProps) {
  return (
    <>
      <label htmlFor={`filter-${name}`}>
        <Typography.Text strong>{label}</Typography.Text>
      </label>
      <Select
        id={`filter-${name}`}
        data-testid={`filter-${name}`}
        style={{ width: '100%', marginTop: 4 }}
        // "All" is a real option (''), not a placeholder: a placeholder's pale text is too faint to read (WCAG 1.4.3).
        value={value}
        options={[{ value: '', label: allLabel }, ...options]}
        loading={loading}
        showSearch={foldedSearch()}
        onChange={(next: string) => onChange(next || undefined)}
      />
    </>
  );
}
