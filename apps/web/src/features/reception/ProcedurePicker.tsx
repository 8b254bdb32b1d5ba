import { useEffect, useState } from 'react';
import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProcedureSearch } from '../../api/catalog.ts';

export type ProcedurePickerProps = {
  id?: string;
  /** The chosen procedure's code (a form item's value). */
  value?: string;
  onChange?: (code: string | undefined) => void;
  /** The officer's agency: only its procedures are received at its counter. */
  agency: string | undefined;
};

const DEBOUNCE_MS = 200;

/**
 * Search as you type (without diacritics, like the catalog), choose with the arrows and Enter. Typing
 * again after a choice drops it, so the form never holds a name that does not match its code.
 */
export function ProcedurePicker({ id, value, onChange, agency }: ProcedurePickerProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  // An emptied form (the next applicant) empties the box too.
  useEffect(() => {
    if (value === undefined) setText('');
  }, [value]);
  const results = useProcedureSearch({ q: q || undefined, agency, page: 1, pageSize: 10 });
  const options = (results.data?.items ?? []).map((p) => ({
    value: p.code,
    name: p.name,
    label: (
      <div data-testid="procedure-option">
        <div style={{ whiteSpace: 'normal' }}>{p.name}</div>
        <small>{t('reception.procedure.option', { code: p.code, field: p.field.name })}</small>
      </div>
    ),
  }));
  return (
    <AutoComplete
      id={id}
      value={text}
      options={options}
      onSearch={(next) => {
        setText(next);
        if (value !== undefined) onChange?.(undefined);
      }}
      onSelect={(code: string, option) => {
        setText(option.name);
        onChange?.(code);
      }}
      defaultActiveFirstOption
      style={{ width: '100%' }}
      popupMatchSelectWidth
      size="large"
      // Inside the form, so that the list stays within the page's main landmark.
      getPopupContainer={(trigger: HTMLElement) => trigger.parentElement ?? document.body}
      notFoundContent={q && !results.isFetching ? t('reception.procedure.none') : undefined}
      data-testid="procedure-picker"
    />
  );
}
