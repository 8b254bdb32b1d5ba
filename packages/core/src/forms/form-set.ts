import type { LocalDate } from '../calendar/local-date.ts';

/** The forms a one-door center prints (DESIGN §6), by their role. */
export type FormKind = 'receipt' | 'supplement' | 'refusal' | 'apology' | 'stop' | 'controlSheet' | 'ledger';

type FormDef = { number: string; title: string };
export type FormSet = {
  id: 'tt01-2018' | 'tt03-2025';
  basis: string;
  effectiveFrom: LocalDate;
  forms: Partial<Record<FormKind, FormDef>>;
};

/**
 * TT 01/2018/TT-VPCP (guiding NĐ 61/2018), replaced on 2025-07-01 by TT 03/2025/TT-VPCP (guiding
 * NĐ 118/2025). A dossier prints the set in force on the day it was received (DESIGN §4, §6).
 */
export const FORM_SETS: readonly FormSet[] = [
  {
    id: 'tt01-2018',
    basis: 'Thông tư số 01/2018/TT-VPCP',
    effectiveFrom: '2018-04-23',
    forms: {
      receipt: { number: 'Mẫu số 01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' },
      supplement: { number: 'Mẫu số 02', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' },
      refusal: { number: 'Mẫu số 03', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
      apology: { number: 'Mẫu số 04', title: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' },
      controlSheet: { number: 'Mẫu số 05', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' },
      ledger: { number: 'Mẫu số 06', title: 'Sổ theo dõi hồ sơ' },
    },
  },
  {
    id: 'tt03-2025',
    basis: 'Thông tư số 03/2025/TT-VPCP',
    effectiveFrom: '2025-07-01',
    forms: {
      receipt: { number: 'Mẫu số 01', title: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' },
      supplement: { number: 'Mẫu số 02', title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ' },
      refusal: { number: 'Mẫu số 03', title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ' },
      apology: { number: 'Mẫu số 04', title: 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết' },
      stop: { number: 'Mẫu số 05', title: 'Thông báo dừng giải quyết hồ sơ' },
      controlSheet: { number: 'Mẫu số 06', title: 'Phiếu kiểm soát quá trình giải quyết hồ sơ' },
      ledger: { number: 'Mẫu số 07', title: 'Sổ theo dõi hồ sơ' },
    },
  },
];

/** The set in force on a reception day; before TT 01/2018 the center used its forms as well. */
export function formSetOn(day: LocalDate): FormSet {
  let chosen = FORM_SETS[0]!;
  for (const set of FORM_SETS) if (set.effectiveFrom <= day) chosen = set;
  return chosen;
}

/** A form of the set, or null where the set has none (no stop notice before TT 03/2025). */
export function formOf(set: FormSet, kind: FormKind): FormDef | null {
  return set.forms[kind] ?? null;
}
