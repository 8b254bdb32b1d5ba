import type { CSSProperties, ReactNode } from 'react';
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import './list-item.css';

/** Removes one item of a list; named after the item ("Xóa Bước 2"), since its icon says nothing to a screen reader. */
export function RemoveButton({
  item,
  onRemove,
  className,
  style,
}: {
  item: string;
  onRemove: () => void;
  className?: string;
  style?: CSSProperties;
}) {
  const { t } = useTranslation();
  const label = t('forms.remove', { item });
  return (
    <Button
      className={className}
      style={style}
      type="text"
      danger
      icon={<DeleteOutlined aria-hidden />}
      aria-label={label}
      title={label}
      onClick={onRemove}
    />
  );
}

/** One item of an editable list, named by its legend ("Bước 2"), with a button that removes it (none where the list keeps at least this one). */
export function ListItemFieldset({
  legend,
  onRemove,
  children,
}: {
  legend: string;
  onRemove?: () => void;
  children: ReactNode;
}) {
  return (
    <fieldset className="form-list-item">
      <legend>{legend}</legend>
      {onRemove && <RemoveButton className="form-list-item-remove" item={legend} onRemove={onRemove} />}
      {children}
    </fieldset>
  );
}

/** Errors about a list as a whole ("at least one step"), in the colour of field errors and read out when they appear. */
export function ListErrors({ errors }: { errors: ReactNode[] }) {
  return (
    <div className="form-list-errors" role="alert">
      <Form.ErrorList errors={errors} />
    </div>
  );
}
