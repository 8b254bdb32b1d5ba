import { useTranslation } from 'react-i18next';

export type FigureProps = {
  /** The figure as shown ("1.234", "97,5%"). */
  text: string;
  /** The count itself, read by tests and tools (`data-value`). */
  value: number;
  /** What it counts, read out after the figure. */
  label: string;
  onOpen: () => void;
  size?: 'large' | 'small';
  alert?: boolean;
  testId?: string;
};

/** A dashboard figure: a button that opens the list of the dossiers it counts (DESIGN §8: every figure clicks down). */
export function Figure({ text, value, label, onOpen, size = 'small', alert = false, testId }: FigureProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`dash-figure dash-figure-${size}${alert ? ' dash-figure-alert' : ''}`}
      onClick={onOpen}
      data-testid={testId}
      data-value={value}
    >
      {text}
      <span className="visually-hidden">
        {' '}
        {label}, {t('operations.dashboard.open')}
      </span>
    </button>
  );
}
