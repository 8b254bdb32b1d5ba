import { z } from 'zod';
import { ResultDelivery } from '../catalog/enums.ts';
import { requiredText } from '../validation.ts';
import { ChecklistTicks } from './completeness.ts';
import { InstantInput } from './instant.ts';

const note = z.string().trim().max(2000, 'validation.too_long').nullable().default(null);
const officerId = z.string().min(1).max(100);
const documentId = z.string().max(100).nullable().default(null);
const reasons = z.array(requiredText(1000)).min(1, 'dossier.reasons_required').max(50);
/** A required text whose absence has a message of its own. */
const requiredAs = (key: string, max: number) =>
  z.string({ error: key }).trim().min(1, key).max(max, 'validation.too_long');

/**
 * A missing or defective item of a supplement request (form 02): the document and what is wrong. One
 * request lists every item at once (NĐ 61/2018 art. 15, 19; DESIGN §6).
 */
export const SupplementItem = z.object({ name: requiredText(500), reason: requiredText(500) });
export type SupplementItem = z.infer<typeof SupplementItem>;
const items = z.array(SupplementItem).min(1, 'dossier.items_required').max(100);

/** What each transition needs from the caller (the server adds the actor and the instant). */
export const PAYLOADS = {
  submit_online: z.object({}),
  receive: z.object({ ticks: ChecklistTicks }),
  request_supplement_at_intake: z.object({ items, note }),
  resubmit: z.object({ note }),
  reject_at_intake: z.object({ reasons }),
  start_appraisal: z.object({ assigneeId: officerId.nullable().default(null) }),
  request_supplement: z.object({ items, note }),
  record_supplement: z.object({ documentIds: z.array(z.string().max(100)).max(100).default([]), note }),
  open_consultation: z.object({
    consultations: z
      .array(z.object({ agencyId: z.string().min(1).max(100), question: requiredText(2000), deadline: InstantInput }))
      .min(1)
      .max(20),
  }),
  record_opinion: z.object({ no: z.int().min(1), opinion: requiredText(5000), agrees: z.boolean() }),
  close_consultation: z.object({ note }),
  propose_approval: z.object({
    proposal: z.enum(['approve', 'refuse']),
    summary: requiredText(5000),
    approverId: officerId.nullable().default(null),
  }),
  send_back: z.object({ reason: requiredText(2000) }),
  // The approver may attach the signed result at once; `prepare_result` then takes it by default.
  approve: z.object({
    resultNumber: requiredAs('dossier.result_number_required', 100),
    note,
    resultDocumentId: documentId,
  }),
  refuse: z.object({ reasons }),
  prepare_result: z.object({ resultDocumentId: documentId }),
  return_result: z.object({
    delivery: ResultDelivery,
    recipient: z.string().trim().max(150).nullable().default(null),
    note,
  }),
  withdraw: z.object({ reason: requiredText(1000) }),
  stop: z.object({ reason: requiredText(2000), legalGround: requiredAs('dossier.legal_ground_required', 1000) }),
  apologise: z.object({ reason: requiredText(2000), newDueAt: InstantInput }),
  reassign: z.object({ assigneeId: officerId, note }),
  // The secret itself is never in a payload: the event records only who reissued it and when (DESIGN §14).
  reissue_secret: z.object({}),
} as const;

export type TransitionName = keyof typeof PAYLOADS;
export const TransitionName = z.enum(Object.keys(PAYLOADS) as [TransitionName, ...TransitionName[]]);
export type PayloadOf<T extends TransitionName> = z.infer<(typeof PAYLOADS)[T]>;

const command = <T extends TransitionName>(transition: T) =>
  z.object({ transition: z.literal(transition), payload: PAYLOADS[transition] });

/** A transition with its payload: what `applyTransition` takes and `TransitionRequest` carries. */
export const Command = z.discriminatedUnion('transition', [
  command('submit_online'),
  command('receive'),
  command('request_supplement_at_intake'),
  command('resubmit'),
  command('reject_at_intake'),
  command('start_appraisal'),
  command('request_supplement'),
  command('record_supplement'),
  command('open_consultation'),
  command('record_opinion'),
  command('close_consultation'),
  command('propose_approval'),
  command('send_back'),
  command('approve'),
  command('refuse'),
  command('prepare_result'),
  command('return_result'),
  command('withdraw'),
  command('stop'),
  command('apologise'),
  command('reassign'),
  command('reissue_secret'),
]);
export type Command = z.infer<typeof Command>;
export type CommandOf<T extends TransitionName> = Extract<Command, { transition: T }>;
