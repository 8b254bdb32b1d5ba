import { describe, expect, it } from 'vitest';
import { ReceiveDossierRequest, type DocumentInfo, type Fee, type ProcedureDetail } from '@motcua/core';
import {
  fixedFeesTotal,
  INITIAL_RECEPTION,
  storedScans,
  toReceiveRequest,
  type ReceptionValues,
} from './reception-values.ts';

const fee = (amount: number): Fee => ({
  kind: 'fee',
  name: 'Lệ phí',
  basis: 'fixed',
  amount,
  onlineDiscountPercent: 0,
});
const tableFee: Fee = { ...fee(0), basis: 'table', rows: [{ label: 'Nhà ở riêng lẻ', amount: 75_000 }] };
/** Only the fees matter to the counter's total. */
const detailWith = (fees: Fee[]) => ({ procedure: { fees } }) as unknown as ProcedureDetail;

const info = (id: string): DocumentInfo => ({
  id,
  sha256: 'a'.repeat(64),
  mediaType: 'application/pdf',
  size: 1024,
  pages: 1,
  name: 'to-khai.pdf',
  kind: 'scan',
  dossierId: null,
  uploadedAt: '2026-03-10T07:00:00.000Z',
  fromStore: null,
});
const DOC_1 = '0b9a3a0e-3f3c-4a51-9a32-6f4b8e1d2c01';

/** A person's dossier as typed at the counter, spaces and all. */
function filled(overrides: Partial<ReceptionValues> = {}): ReceptionValues {
  return {
    ...INITIAL_RECEPTION,
    procedureCode: '1.001234',
    ticks: [{ provided: 1, form: 'original', conditionApplies: false }],
    documents: [{ uid: '1', name: 'to-khai.pdf', status: 'done', response: info(DOC_1) }],
    applicant: {
      kind: 'person',
      fullName: '  Nguyễn Văn An ',
      cccd: '001203000123',
      phone: ' 0912345678',
      email: '',
      address: ' 12 Tràng Tiền, Hoàn Kiếm ',
    },
    ...overrides,
  };
}

describe('toReceiveRequest', () => {
  it('sends what was typed, trimmed, with empty optional fields as null', () => {
    const request = toReceiveRequest(filled({ notes: '   ' }), false);
    expect(request).toEqual({
      procedureCode: '1.001234',
      channel: 'direct',
      applicant: {
        kind: 'person',
        fullName: 'Nguyễn Văn An',
        cccd: '001203000123',
        phone: '0912345678',
        email: null,
        address: '12 Tràng Tiền, Hoàn Kiếm',
      },
      submitter: null,
      ticks: [{ item: 0, provided: 1, form: 'original', conditionApplies: false }],
      documents: [DOC_1],
      feePayment: null,
      resultDelivery: 'counter',
      notes: null,
    });
    expect(ReceiveDossierRequest.safeParse(request).success).toBe(true);
  });

  it("sends an organisation's own fields, not a person's left in the form", () => {
    const applicant = {
      kind: 'organisation' as const,
      fullName: 'Left over',
      name: ' Công ty TNHH An Bình ',
      taxCode: '0101234567',
      representative: 'Trần Thị Bình',
      phone: '0912345678',
      email: 'lienhe@anbinh.vn ',
      address: 'Hà Nội',
    };
    const request = toReceiveRequest(filled({ applicant }), false);
    expect(request.applicant).toEqual({
      kind: 'organisation',
      name: 'Công ty TNHH An Bình',
      taxCode: '0101234567',
      representative: 'Trần Thị Bình',
      phone: '0912345678',
      email: 'lienhe@anbinh.vn',
      address: 'Hà Nội',
    });
    expect(ReceiveDossierRequest.safeParse(request).success).toBe(true);
  });

  it('sends the submitter only when the switch says there is one', () => {
    const submitter = {
      fullName: 'Lê Văn Cường',
      cccd: '001203000456',
      phone: '0987654321',
      authorisation: { documentNumber: ' 12/UQ ', date: '2026-03-01', note: ' ' },
    };
    expect(toReceiveRequest(filled({ hasSubmitter: false, submitter }), false).submitter).toBeNull();
    const request = toReceiveRequest(filled({ hasSubmitter: true, submitter }), false);
    expect(request.submitter).toEqual({
      ...submitter,
      authorisation: { documentNumber: '12/UQ', date: '2026-03-01', note: null },
    });
    expect(ReceiveDossierRequest.safeParse(request).success).toBe(true);
  });

  it.each([
    ['a procedure without fees', false, { receiptNumber: '001', amount: 200_000 }, null],
    [
      'fees, collected',
      true,
      { receiptNumber: ' 0001234 ', amount: 200_000 },
      { receiptNumber: '0001234', amount: 200_000 },
    ],
    [
      'fees, the amount cleared',
      true,
      { receiptNumber: '0001234', amount: null },
      { receiptNumber: '0001234', amount: 0 },
    ],
    ['fees, nothing typed', true, undefined, null],
  ])('pays the fee for %s', (_, hasFees, feePayment, expected) => {
    expect(toReceiveRequest(filled({ feePayment }), hasFees).feePayment).toEqual(expected);
  });

  it('sends an empty code when none was picked, for the server to name the field', () => {
    const request = toReceiveRequest({ ...INITIAL_RECEPTION }, false);
    expect(request.procedureCode).toBe('');
    expect(request.ticks).toEqual([]);
    expect(request.documents).toEqual([]);
    expect(request.applicant).toEqual({ kind: 'person', fullName: '', cccd: '', phone: '', email: null, address: '' });
  });
});

describe('storedScans', () => {
  it('keeps the scans the server stored, not those uploading or refused', () => {
    const scans = [
      { uid: '1', name: 'a.pdf', status: 'done' as const, response: info(DOC_1) },
      { uid: '2', name: 'b.pdf', status: 'uploading' as const },
      { uid: '3', name: 'c.exe', status: 'error' as const, error: new Error('refused') },
      { uid: '4', name: 'd.pdf', status: 'done' as const },
    ];
    expect(storedScans(scans).map((scan) => scan.id)).toEqual([DOC_1]);
    expect(storedScans(undefined)).toEqual([]);
  });
});

describe('fixedFeesTotal', () => {
  it.each([
    ['no procedure yet', undefined, null],
    ['no fees', detailWith([]), null],
    ['one fixed fee', detailWith([fee(200_000)]), 200_000],
    ['fixed fees, added up', detailWith([fee(200_000), fee(50_000)]), 250_000],
    ['a table fee, to be typed in', detailWith([fee(200_000), tableFee]), null],
  ])('is what the counter collects for %s', (_, detail, total) => {
    expect(fixedFeesTotal(detail)).toBe(total);
  });
});
