import type { Field } from './procedure-content.ts';
import type { ProcedureVersion } from './versioning.ts';

/** A valid procedure version for tests, with whatever the test is about overridden. */
export function makeProcedure(overrides: Partial<ProcedureVersion> = {}): ProcedureVersion {
  return {
    code: '1.001234',
    version: 1,
    effectiveFrom: '2014-01-01',
    effectiveTo: null,
    name: 'Cấp hộ chiếu phổ thông ở trong nước',
    agencySlug: 'congan',
    fieldCode: 'CA-01',
    level: 'province',
    timeLimit: { value: 8, unit: 'days' },
    cutoffTime: null,
    suspensionMode: 'pause',
    steps: [
      { name: 'Tiếp nhận hồ sơ', role: 'counter', budgetMinutes: 225 },
      { name: 'Thẩm định hồ sơ', role: 'appraiser', budgetMinutes: 2700 },
      { name: 'Phê duyệt', role: 'approver', budgetMinutes: 450 },
      { name: 'Trả kết quả', role: 'counter', budgetMinutes: 225 },
    ],
    checklist: [
      { name: 'Tờ khai đề nghị cấp hộ chiếu (mẫu TK01)', form: 'original', count: 1, required: true },
      {
        name: 'Bản sao giấy khai sinh',
        form: 'certified_copy',
        count: 1,
        required: false,
        condition: 'Người chưa đủ 14 tuổi',
      },
    ],
    fees: [{ kind: 'fee', name: 'Lệ phí cấp hộ chiếu', basis: 'fixed', amount: 200_000, onlineDiscountPercent: 0 }],
    onlineLevel: 'full',
    resultDelivery: ['counter', 'post'],
    legalBasis: ['Luật Xuất cảnh, nhập cảnh của công dân Việt Nam số 49/2019/QH14'],
    formFields: [{ name: 'fullName', label: 'Họ và tên', type: 'text', required: true, maxLength: 100 }],
    partnerCodes: [],
    ...overrides,
  };
}

export function makeField(overrides: Partial<Field> = {}): Field {
  return { code: 'CA-01', name: 'Xuất nhập cảnh', agencySlug: 'congan', ...overrides };
}
