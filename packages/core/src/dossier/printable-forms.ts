import { z } from 'zod';
import { FORM_SETS, formOf } from '../forms/form-set.ts';
import type { FormSetId } from './dossier-state.ts';
import type { DossierEventType } from './events.ts';

/** Forms 02–05 (DESIGN §6): each printed from the event that issued it. */
export const NoticeForm = z.enum(['supplement', 'refusal', 'apology', 'stop']);
export type NoticeForm = z.infer<typeof NoticeForm>;

/** The events that issue each notice; the latest one of its kind is printed. */
export const NOTICE_EVENTS: Record<NoticeForm, readonly DossierEventType[]> = {
  supplement: ['request_supplement', 'request_supplement_at_intake'],
  refusal: ['reject_at_intake'],
  apology: ['apologise'],
  stop: ['stop'],
};

/**
 * The notices a dossier can print: issued by one of its events and part of its form set (the stop notice
 * exists from TT 03/2025 only). In the order of the forms' numbers.
 */
export function printableForms(events: readonly { type: string }[], formSet: FormSetId): NoticeForm[] {
  const set = FORM_SETS.find((s) => s.id === formSet);
  const issued = new Set(events.map((e) => e.type));
  return NoticeForm.options.filter(
    (form) => set !== undefined && formOf(set, form) !== null && NOTICE_EVENTS[form].some((t) => issued.has(t)),
  );
}

/** The notice a transition issues, to print at once (form 02 after a supplement request…); null for most. */
export function noticeIssuedBy(transition: string): NoticeForm | null {
  return NoticeForm.options.find((form) => NOTICE_EVENTS[form].some((t) => t === transition)) ?? null;
}
