import { Input, Select } from 'antd';
import type { FormField, MyDocument } from '@motcua/core';
import { StoreFileField } from './StoreFileField.tsx';

type ControlProps = {
  field: FormField;
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  matches: readonly MyDocument[];
};

/** The input of one declared field, by its type; every value is text, as the form is sent (`FormValues`). */
export function FieldControl({ field, id, value, onChange, matches }: ControlProps) {
  const change = (text: string) => onChange?.(text);
  const common = { id, value: value ?? '', maxLength: field.maxLength };
  switch (field.type) {
    case 'textarea':
      return <Input.TextArea {...common} autoSize={{ minRows: 2 }} onChange={(e) => change(e.target.value)} />;
    case 'select':
      return (
        <Select
          id={id}
          value={value || undefined}
          onChange={(v: string) => change(v)}
          options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label }))}
          allowClear
        />
      );
    case 'file':
      return <StoreFileField field={field} id={id} value={value ?? ''} onChange={change} matches={matches} />;
    default:
      return <Input {...common} {...INPUT_KINDS[field.type]} onChange={(e) => change(e.target.value)} />;
  }
}

// Phone keyboards follow `inputMode`; the browser's own checks stay off (`checkOnlineForm` words every issue).
const INPUT_KINDS: Partial<
  Record<
    FormField['type'],
    { type?: string; inputMode?: 'numeric' | 'decimal' | 'tel' | 'email'; autoComplete?: string }
  >
> = {
  number: { inputMode: 'decimal' },
  date: { type: 'date' },
  cccd: { inputMode: 'numeric' },
  phone: { type: 'tel', inputMode: 'tel', autoComplete: 'tel' },
  email: { type: 'email', inputMode: 'email', autoComplete: 'email' },
};
