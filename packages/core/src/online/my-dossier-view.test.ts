import { describe, expect, it } from 'vitest';
import type { Fee } from '../catalog/fee.ts';
import { formSetIdAt, type DossierState } from '../dossier/dossier-state.ts';
import type { DossierEventDraft } from '../dossier/events.ts';
import { askedOf, myFee, myForms } from './my-dossier-view.ts';

const at = Date.parse('2026-12-07T03:00:00Z');
const state = (over: Partial<DossierState>) =>
  ({ status: 'submitted', receivedAt: null, formSet: formSetIdAt(at), ...over }) as DossierState;
const event = (type: string, payload: object = {}) => ({ type, at, payload }) as unknown as DossierEventDraft;
const items = [{ name: 'Ảnh 4x6', reason: 'Ảnh mờ' }];
const fixed = (amount: number, onlineDiscountPercent: number): Fee =>
  ({ kind: 'fee', name: 'Lệ phí', basis: 'fixed', amount, onlineDiscountPercent }) as Fee;

describe("the citizen's view of their dossier (DESIGN §11 portal)", () => {
  it('asks what the open supplement request lists, at intake or during appraisal', () => {
    const asked = [event('request_supplement_at_intake', { items, note: null })];
    expect(askedOf(state({ status: 'awaiting_supplement' }), asked)).toEqual({
      atIntake: true,
      requestedAt: '2026-12-07T03:00:00.000Z',
      items,
      note: null,
    });
    const later = [...asked, event('receive'), event('request_supplement', { items: [], note: 'Ký lại' })];
    expect(askedOf(state({ status: 'awaiting_supplement', receivedAt: at }), later)).toMatchObject({
      atIntake: false,
      note: 'Ký lại',
    });
    expect(askedOf(state({ status: 'submitted' }), asked)).toBeNull();
  });

  it('links the receipt once received and each notice issued, under the dossier', () => {
    const events = [event('request_supplement_at_intake'), event('receive')];
    expect(myForms('d1', state({ receivedAt: at }), events).map((f) => f.href)).toEqual([
      '/api/v1/my/dossiers/d1/forms/receipt.pdf',
      '/api/v1/my/dossiers/d1/forms/supplement.pdf',
    ]);
    expect(myForms('d1', state({}), [])).toEqual([]);
  });

  it('owes the first fixed fee, less the online discount online; a table fee waits for the counter', () => {
    expect(myFee([fixed(200_000, 50)], { online: true })).toEqual({ amount: 100_000, paid: false });
    expect(myFee([fixed(200_000, 50)], { online: false })).toEqual({ amount: 200_000, paid: false });
    expect(myFee([fixed(200_000, 0)], { online: false, paid: true })).toEqual({ amount: 200_000, paid: true });
    // A returned, refused, withdrawn or stopped dossier owes nothing more, whatever its record of payment.
    expect(myFee([fixed(200_000, 50)], { online: true, closed: true })).toBeNull();
    const table = { kind: 'fee', name: 'Phí', basis: 'table', rows: [{ label: 'A', amount: 1 }] } as unknown as Fee;
    expect(myFee([table], { online: true })).toBeNull();
    expect(myFee([], { online: true })).toBeNull();
  });
});
