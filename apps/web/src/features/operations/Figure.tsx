import type { ReactNode } from 'react';
import { Card, Col } from 'antd';
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

type FigureCardProps = { title: string; testId: string; asOf: string; children: ReactNode };

/** A card of the dashboard: its figures, then the moment or span they hold for (a figure "now" is not one "of the day"). */
export function FigureCard({ title, testId, asOf, children }: FigureCardProps) {
  return (
    <Col xs={24} sm={12} xl={6}>
      <Card size="small" title={title} className="dash-card" data-testid={testId}>
        {children}
        <div className="dash-as-of" data-testid={`${testId}-as-of`}>
          {asOf}
        </div>
      </Card>
    </Col>
  );
}
