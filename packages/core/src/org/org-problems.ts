import type { ProblemEntry } from '../problem-entry.ts';

/** Centers, agencies, counters and the admin's audit (issue 16). */
export const ORG_PROBLEMS = {
  'org.center_not_found': { status: 404, title: { vi: 'Không tìm thấy trung tâm', en: 'No such center' } },
  'org.center_code_taken': {
    status: 409,
    title: { vi: 'Mã trung tâm đã được dùng', en: 'This center code is already used' },
  },
  'org.province_center_exists': {
    status: 409,
    title: {
      vi: 'Tỉnh đã có Trung tâm Phục vụ hành chính công cấp tỉnh đang hoạt động',
      en: 'The province already has an open province-level center',
    },
  },
  /** A new installation before its first step: what needs the province center waits for the admin to create it. */
  'org.province_center_missing': {
    status: 409,
    title: {
      vi: 'Chưa có Trung tâm Phục vụ hành chính công cấp tỉnh: quản trị hệ thống cần tạo trước',
      en: 'There is no province center yet: the administrator creates it first',
    },
  },
  'org.parent_required': {
    status: 400,
    title: {
      vi: 'Trung tâm cấp huyện, cấp xã cần trung tâm cấp trên',
      en: 'A district or commune center needs a parent',
    },
  },
  /** DESIGN §13: a closed center (a district's after 2025-06-30) receives nothing. */
  'org.center_closed': {
    status: 409,
    title: {
      vi: 'Trung tâm đã ngừng hoạt động, không tiếp nhận hồ sơ',
      en: 'This center has closed and receives no dossiers',
    },
  },
  'org.agency_not_found': { status: 404, title: { vi: 'Không tìm thấy cơ quan', en: 'No such agency' } },
  'org.agency_code_taken': {
    status: 409,
    title: { vi: 'Mã cơ quan đã được dùng', en: 'This agency code is already used' },
  },
  'org.agency_slug_taken': {
    status: 409,
    title: { vi: 'Tên viết tắt của cơ quan đã được dùng', en: "This agency's short name is already used" },
  },
  'org.counter_not_found': { status: 404, title: { vi: 'Không tìm thấy quầy', en: 'No such counter' } },
  'org.counter_number_taken': {
    status: 409,
    title: { vi: 'Số quầy đã có ở trung tâm này', en: 'This center already has a counter with this number' },
  },
  'org.field_not_found': {
    status: 400,
    title: { vi: 'Có lĩnh vực không tồn tại', en: 'A field does not exist' },
  },
  /** A period that would end before it starts, or an end on something already ended. */
  'org.period_invalid': {
    status: 409,
    title: { vi: 'Ngày kết thúc không hợp lệ', en: 'This end date is not valid' },
  },
} as const satisfies Record<string, ProblemEntry>;
export type OrgProblemCode = keyof typeof ORG_PROBLEMS;
