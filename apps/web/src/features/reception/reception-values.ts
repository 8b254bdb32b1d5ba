import type { UploadFile } from 'antd';
import type { ApplicantInput, DocumentInfo, ProcedureDetail, ResultDelivery } from '@motcua/core';
import type { ReceiveInput } from '../../api/dossiers.ts';
import { ticksOf, type TickValues } from '../../components/dossier/checklist-ticks.ts';

type Text = string | undefined;

/** A scanned paper as the upload area holds it: uploading, stored (its `response`), or refused (its `error`). */
export type ScanUpload = UploadFile<DocumentInfo>;

/** The reception form as Ant Design holds it; the names follow `ReceiveDossierRequest`, so the server's field errors land on its items. */
export type ReceptionValues = {
  procedureCode?: string;
  ticks?: TickValues[];
  documents?: ScanUpload[];
  applicant: {
    kind: 'person' | 'organisation';
    fullName?: Text;
    cccd?: Text;
    phone?: Text;
    email?: Text;
    address?: Text;
    name?: Text;
    taxCode?: Text;
    representative?: Text;
  };
  hasSubmitter: boolean;
  submitter?: {
    fullName?: Text;
    cccd?: Text;
    phone?: Text;
    authorisation?: { documentNumber?: Text; date?: Text; note?: Text };
  };
  feePayment?: { receiptNumber?: Text; amount?: number | null };
  resultDelivery: ResultDelivery;
  notes?: Text;
};

export const INITIAL_RECEPTION: ReceptionValues = {
  applicant: { kind: 'person' },
  hasSubmitter: false,
  resultDelivery: 'counter',
};

const text = (value: Text) => value?.trim() ?? '';
const optional = (value: Text) => text(value) || null;

function applicantOf(a: ReceptionValues['applicant']): ApplicantInput {
  const contact = { phone: text(a.phone), email: optional(a.email), address: text(a.address) };
  if (a.kind === 'organisation')
    return {
      kind: 'organisation',
      name: text(a.name),
      taxCode: text(a.taxCode),
      representative: text(a.representative),
      ...contact,
    };
  return { kind: 'person', fullName: text(a.fullName), cccd: text(a.cccd), ...contact };
}

/** The fixed fees of the procedure, added up: what the counter usually collects (a table fee is typed in). */
export function fixedFeesTotal(detail: ProcedureDetail | undefined): number | null {
  const fees = detail?.procedure.fees ?? [];
  if (fees.length === 0 || fees.some((fee) => fee.basis !== 'fixed')) return null;
  return fees.reduce((sum, fee) => sum + (fee.basis === 'fixed' ? fee.amount : 0), 0);
}

/** The stored uploads among the scans: refused ones are shown, not sent. */
export const storedScans = (scans: readonly ScanUpload[] | undefined): DocumentInfo[] =>
  (scans ?? []).flatMap((scan) => (scan.status === 'done' && scan.response ? [scan.response] : []));

/** The request of `POST /dossiers` for what the form holds; the fee only when the procedure has fees, the scans stored. */
export function toReceiveRequest(values: ReceptionValues, hasFees: boolean): ReceiveInput {
  const s = values.submitter;
  const submitter =
    values.hasSubmitter && s
      ? {
          fullName: text(s.fullName),
          cccd: text(s.cccd),
          phone: text(s.phone),
          authorisation: {
            documentNumber: text(s.authorisation?.documentNumber),
            date: text(s.authorisation?.date),
            note: optional(s.authorisation?.note),
          },
        }
      : null;
  const fee = values.feePayment;
  return {
    procedureCode: values.procedureCode ?? '',
    channel: 'direct',
    applicant: applicantOf(values.applicant),
    submitter,
    ticks: ticksOf(values.ticks),
    documents: storedScans(values.documents).map((document) => document.id),
    feePayment: hasFees && fee ? { receiptNumber: text(fee.receiptNumber), amount: fee.amount ?? 0 } : null,
    resultDelivery: values.resultDelivery,
    // No counterId: the server records the counter the officer is signed in at (DESIGN §2).
    notes: optional(values.notes),
  };
}
