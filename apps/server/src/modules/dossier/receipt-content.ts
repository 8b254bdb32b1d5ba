import {
  applicantName,
  partiesFor,
  parseDossierCode,
  type ApplicantView,
  type ChecklistTick,
  type DossierEventDraft,
  type FeePayment,
  type FormSet,
} from '@motcua/core';
import type { ReceiptData } from '../../documents/forms/receipt-pdf.ts';
import { actorOf, type SessionUser } from '../../platform/auth/session-user.ts';
import type { StoredDossier } from './dossier-repo.ts';

const DELIVERY_NAMES: Record<string, string> = {
  counter: 'Bộ phận tiếp nhận và trả kết quả',
  post: 'Địa chỉ của người nộp, qua dịch vụ bưu chính công ích',
  electronic: 'Trực tuyến (bản điện tử có chữ ký số)',
};

/** Where the result is returned: at the counter, the receiving center's desk named with its address (DESIGN §13). */
function deliveryOf(delivery: string, center: ReceiptSource['center']): string {
  const name = DELIVERY_NAMES[delivery] ?? '';
  if (delivery !== 'counter') return name;
  return [`${name} – ${center.name}`, center.address].filter(Boolean).join(', ');
}

/** The identity number the receipt prints: a person's CCCD, an organisation's tax code (DESIGN §6 applicant). */
const identityOf = (a: ApplicantView) =>
  a.kind === 'person'
    ? { label: 'Số định danh cá nhân (CCCD)', number: a.cccd }
    : { label: 'Mã số thuế', number: a.taxCode };

export type ReceiptSource = {
  dossier: StoredDossier;
  receive: DossierEventDraft;
  formSet: FormSet;
  reader: SessionUser;
  /** The look-up secret when the caller gave the right one: the applicant's copy printed at reception. */
  secret: string | null;
  publicUrl: string;
  /** The receiving center (DESIGN §13): it heads the receipt and returns the result at its counter. */
  center: { name: string; address: string | null };
  officerName: string;
  counter: ReceiptData['counter'];
};

/**
 * What the receipt prints (DESIGN §6) of a received dossier. Personal data follows core's one masking decision: in
 * full on the applicant's copy and for the dossier's agency, masked for anyone else (DESIGN §14).
 */
export function receiptContent(s: ReceiptSource): ReceiptData {
  const { dossier: d, receive, secret } = s;
  const reader = { ...actorOf(s.reader), applicantCopy: secret !== null };
  const { applicant } = partiesFor(d.state, reader, { applicant: d.applicant, submitter: null });
  const ticks = (receive.payload as { ticks: ChecklistTick[] }).ticks;
  const receivedAt = new Date(d.state.receivedAt ?? receive.at);
  const fee = (d.details.feePayment ?? null) as FeePayment | null;
  return {
    formSet: s.formSet,
    centerName: s.center.name,
    agencyName: d.agency.name,
    code: d.code,
    secret: secret ?? '(không in lại — đề nghị cấp mã mới tại quầy)',
    qrText: secret ? `${s.publicUrl}/tra-cuu?code=${encodeURIComponent(d.code)}&secret=${secret}` : d.code,
    applicant: {
      name: applicantName(applicant),
      identity: identityOf(applicant),
      address: applicant.address,
      phone: applicant.phone,
      email: applicant.email,
    },
    counter: s.counter,
    procedureName: d.procedureName,
    documents: ticks
      .filter((t) => t.provided > 0)
      .map((t) => {
        const item = d.state.procedure.checklist[t.item]!;
        return { name: item.name, form: t.form ?? item.form, count: t.provided };
      }),
    sets: 1,
    timeLimit: d.state.procedure.timeLimit,
    receivedAt,
    dueAt: new Date((receive.payload as { dueAt: number }).dueAt),
    delivery: deliveryOf(d.details.resultDelivery ?? 'counter', s.center),
    fee: fee && { amount: fee.amount, receiptNumber: fee.receiptNumber },
    ledger: { volume: String(receivedAt.getUTCFullYear()), number: parseDossierCode(d.code)?.sequence ?? 0 },
    officerName: s.officerName,
  };
}
