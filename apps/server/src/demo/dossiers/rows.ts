import {
  applicantName,
  foldText,
  phoneLast4,
  UTC_OFFSET_MS,
  type DossierEventDraft,
  type Instant,
  type StatChange,
} from '../catalog/core.ts';
import type { dossier, dossierEvent, outbox } from '../../db/schema/index.ts';
import { dossierColumnsOf, eventRowOf } from '../../modules/dossier/dossier-row.ts';
import { hashLookupSecret } from '../../modules/dossier/lookup-secret.ts';
import type { History } from './driver.ts';
import type { Party } from './party.ts';
import type { DossierPlan } from './plan.ts';

export type DossierRow = typeof dossier.$inferInsert;
export type EventRow = typeof dossierEvent.$inferInsert;
export type OutboxRow = typeof outbox.$inferInsert;
export type GeneratedRows = { dossier: DossierRow; events: EventRow[]; outbox: OutboxRow[] };

/**
 * The rows of one driven dossier: its columns and events through the one mapping the service uses
 * (`dossierColumnsOf`, `eventRowOf`) with its statistics contribution, the counter that received it, the look-up secret only as its hash (DESIGN §6), and the mails
 * of its reception, supplement requests and result, recorded as already sent (DESIGN §3: demo mail).
 */
export function rowsOf(
  centerId: string,
  id: string,
  code: string,
  secret: string,
  plan: DossierPlan,
  party: Party,
  history: History,
  stats: StatChange[],
  counterId: string | null,
): GeneratedRows {
  const name = applicantName(party.applicant);
  const row: DossierRow = {
    ...dossierColumnsOf(history.state),
    id,
    centerId,
    agencyId: plan.agencyId,
    fieldId: plan.procedure.fieldId,
    stats,
    code,
    procedureVersionId: plan.procedure.id,
    procedureCode: plan.procedure.code,
    applicant: party.applicant,
    submitter: party.submitter,
    ownerId: party.ownerId,
    applicantName: name,
    applicantNameFolded: foldText(name),
    phoneLast4: phoneLast4(party.applicant.phone),
    secretHash: hashLookupSecret(code, secret),
    counterId,
    details: { resultDelivery: party.resultDelivery, feePayment: party.feePayment, documents: [], notes: null },
  };
  const refs = { centerId, dossierId: id, agencyId: plan.agencyId };
  const events = history.events.map((e) => eventRowOf(e, refs));
  const to = party.applicant.email;
  const mails = to
    ? history.events.flatMap((e) =>
        mailOf(e, { centerId, id, code, name, to, procedureName: plan.procedure.content.name }),
      )
    : [];
  return { dossier: row, events, outbox: mails };
}

/** dd/mm/yyyy hh:mm in UTC+7, as the forms print it. */
function vietnamTime(at: Instant): string {
  const iso = new Date(at + UTC_OFFSET_MS).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

type MailRefs = { centerId: string; id: string; code: string; name: string; to: string; procedureName: string };

function mailOf(event: DossierEventDraft, m: MailRefs): OutboxRow[] {
  const text = mailText(event, m);
  if (!text) return [];
  const at = new Date(event.at);
  const payload = {
    to: m.to,
    subject: text.subject,
    text: `Kính gửi ${m.name},\n\n${text.body}\n\nTrung tâm Phục vụ hành chính công tỉnh Quảng Ninh`,
    messageId: `<${m.id}.${event.version}@motcua.demo>`,
  };
  return [
    {
      centerId: m.centerId,
      kind: 'mail',
      dedupeKey: `demo:${m.id}:${event.version}`,
      payload,
      createdAt: at,
      availableAt: at,
      attempts: 1,
      sentAt: at,
    },
  ];
}

function mailText(event: DossierEventDraft, m: MailRefs): { subject: string; body: string } | null {
  switch (event.type) {
    case 'receive':
      return {
        subject: `Tiếp nhận hồ sơ ${m.code}`,
        body: `Hồ sơ ${m.code} (${m.procedureName}) đã được tiếp nhận lúc ${vietnamTime(event.at)}. Thời hạn trả kết quả: ${vietnamTime(event.payload.dueAt)}.\nTra cứu tình trạng hồ sơ bằng mã hồ sơ và mã tra cứu in trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
      };
    case 'request_supplement':
    case 'request_supplement_at_intake':
      return {
        subject: `Yêu cầu bổ sung, hoàn thiện hồ sơ ${m.code}`,
        body: `Hồ sơ ${m.code} cần bổ sung, hoàn thiện:\n${event.payload.items.map((i) => `- ${i.name}: ${i.reason}`).join('\n')}`,
      };
    case 'prepare_result':
      return {
        subject: `Hồ sơ ${m.code} đã có kết quả`,
        body: `Hồ sơ ${m.code} (${m.procedureName}) đã có kết quả giải quyết từ ${vietnamTime(event.at)}.`,
      };
    default:
      return null;
  }
}
