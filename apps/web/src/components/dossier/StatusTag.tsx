import { Tag } from 'antd';
import type { DossierStatus, DossierWarning } from '@motcua/core';
import { useDossierFormat } from './useDossierFormat.ts';
import './dossier.css';

type Tone = 'neutral' | 'active' | 'waiting' | 'done' | 'stopped';

const STATUS_TONES: Record<DossierStatus, Tone> = {
  draft: 'neutral',
  submitted: 'neutral',
  received: 'active',
  in_appraisal: 'active',
  awaiting_supplement: 'waiting',
  in_consultation: 'active',
  awaiting_approval: 'waiting',
  approved: 'done',
  refused: 'stopped',
  result_ready: 'done',
  returned: 'done',
  rejected_at_intake: 'stopped',
  withdrawn: 'neutral',
  stopped: 'stopped',
};

const WARNING_TONES: Record<DossierWarning, Tone> = {
  step_over_budget: 'waiting',
  due_soon: 'waiting',
  overdue: 'stopped',
  consultation_overdue: 'waiting',
};

/** A dossier's state in the words of core's STATUS_LABELS; the colours keep 4.5:1 contrast (WCAG 1.4.3). */
export function StatusTag({ status }: { status: DossierStatus }) {
  const format = useDossierFormat();
  return (
    <Tag
      className={`dossier-tag dossier-tag-${STATUS_TONES[status]}`}
      data-testid="dossier-status"
      data-status={status}
    >
      {format.status(status)}
    </Tag>
  );
}

/** The inbox warnings of DESIGN §5: step over budget, due within a working day, overdue, consultation late. */
export function WarningTags({ warnings }: { warnings: readonly DossierWarning[] }) {
  const format = useDossierFormat();
  return (
    <>
      {warnings.map((warning) => (
        <Tag
          key={warning}
          className={`dossier-tag dossier-tag-${WARNING_TONES[warning]}`}
          data-testid="dossier-warning"
          data-warning={warning}
        >
          {format.warning(warning)}
        </Tag>
      ))}
    </>
  );
}
