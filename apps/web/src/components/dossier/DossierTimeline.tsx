import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@motcua/core';
import { useDossierFormat } from './useDossierFormat.ts';

const COLORS: Partial<Record<TimelineEntry['transition'], string>> = {
  request_supplement: 'gray',
  request_supplement_at_intake: 'gray',
  refuse: 'red',
  reject_at_intake: 'red',
  stop: 'red',
  withdraw: 'red',
  approve: 'green',
  return_result: 'green',
};

/** What an event carried: the items asked for (form 02), the reasons, a new due moment, the officer's note. */
function EntryDetails({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  return (
    <>
      {entry.items.length > 0 && (
        <ul className="dossier-timeline-details" data-testid="timeline-items">
          {entry.items.map((item, i) => (
            <li key={i}>
              {item.name}: {item.reason}
            </li>
          ))}
        </ul>
      )}
      {entry.reasons.length > 0 && (
        <ul className="dossier-timeline-details">
          {entry.reasons.map((reason, i) => (
            <li key={i}>{reason}</li>
          ))}
        </ul>
      )}
      {entry.dueAt && <div>{t('dossier.timeline.dueAt', { at: format.instant(entry.dueAt) })}</div>}
      {entry.note && <div>{t('dossier.timeline.note', { note: entry.note })}</div>}
    </>
  );
}

/** The dossier's history, oldest first: who did what and when (officers' names are left out on the public look-up). */
export function DossierTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const format = useDossierFormat();
  if (entries.length === 0) return <Typography.Text type="secondary">{t('dossier.timeline.empty')}</Typography.Text>;
  const items = entries.map((entry, i) => ({
    key: i,
    color: COLORS[entry.transition] ?? 'blue',
    title: <time dateTime={entry.at}>{format.instant(entry.at)}</time>,
    content: (
      <div data-testid="timeline-entry" data-transition={entry.transition}>
        <Typography.Text strong>{format.transition(entry.transition) ?? t('dossier.timeline.opened')}</Typography.Text>
        {' → '}
        {format.status(entry.toStatus)}
        {entry.actor && entry.actor.fullName !== '' && (
          <div>
            <Typography.Text type="secondary">
              {t('dossier.timeline.by', { name: entry.actor.fullName })}
            </Typography.Text>
          </div>
        )}
        <EntryDetails entry={entry} />
      </div>
    ),
  }));
  return (
    <div data-testid="dossier-timeline">
      <Timeline items={items} />
    </div>
  );
}
