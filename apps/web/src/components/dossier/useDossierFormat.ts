import { useTranslation } from 'react-i18next';
import {
  STATUS_LABELS,
  TRANSITION_LABELS,
  WARNING_LABELS,
  type DossierStatus,
  type DossierWarning,
  type TransitionName,
} from '@motcua/core';
import { currentLanguage } from '../../i18n/index.ts';

/** Instants are shown in the center's time zone, whatever the browser's (DESIGN §5: Asia/Ho_Chi_Minh). */
const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** '2025-03-12T03:00:00Z' → '10:00 12/03/2025', as Vietnamese forms write a moment. */
export function formatInstant(iso: string): string {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** Labels of states, warnings and transitions from core (one wording for screens, forms and exports), in the UI language. */
export function useDossierFormat() {
  // Subscribes the component to language changes; the labels themselves come from core.
  useTranslation();
  const language = currentLanguage();
  return {
    instant: formatInstant,
    status: (status: DossierStatus) => STATUS_LABELS[status][language],
    warning: (warning: DossierWarning) => WARNING_LABELS[warning][language],
    transition: (name: TransitionName | 'open') => (name === 'open' ? null : TRANSITION_LABELS[name][language]),
  };
}
