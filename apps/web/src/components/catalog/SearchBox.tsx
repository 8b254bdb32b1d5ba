import { useEffect, useRef, useState } from 'react';
import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';

const DEBOUNCE_MS = 250;

export type SearchBoxProps = {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onSearch: (text: string) => void;
  /** Enter pressed: after the search is sent, e.g. to open the dossier whose code was scanned. */
  onEnter?: (text: string) => void;
};

/**
 * Searches as the user types: the text is sent 250 ms after the last key (Enter sends it at once).
 * A change of `value` from outside (the browser's back button) replaces the text; the echo of what
 * this box sent does not, so that keys typed meanwhile are kept.
 */
export function SearchBox({ id, label, placeholder, value, onSearch, onEnter }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const send = (next: string) => {
    clearTimeout(timer.current);
    sent.current = next.trim();
    onSearch(next.trim());
  };
  const onChange = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => send(next), DEBOUNCE_MS);
  };
  return (
    <form
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        send(text);
        onEnter?.(text.trim());
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Input
        id={id}
        type="search"
        size="large"
        value={text}
        placeholder={placeholder}
        prefix={<SearchOutlined aria-hidden />}
        allowClear
        autoComplete="off"
        maxLength={200}
        onChange={(event) => onChange(event.target.value)}
      />
    </form>
  );
}
