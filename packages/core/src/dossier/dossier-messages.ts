import type { Language } from '../language.ts';

/**
 * Message keys of the dossier's schemas and guards, with their texts. Like `CATALOG_MESSAGES`, they
 * are gathered into `VALIDATION_MESSAGES` (the key is a zod issue's message, or the `reason`
 * of a `lifecycle.guard_failed` outcome; the server words it in the request's language).
 */
export const DOSSIER_MESSAGES = {
  'dossier.invalid_code': {
    vi: 'Mã hồ sơ không đúng định dạng (ví dụ 000.00.01.A01-250310-0001)',
    en: 'A dossier code looks like 000.00.01.A01-250310-0001',
  },
  'dossier.invalid_agency_code': {
    vi: 'Mã cơ quan không đúng định dạng (ví dụ 000.00.01.A01)',
    en: 'An agency code looks like 000.00.01.A01',
  },
  'dossier.invalid_secret': {
    vi: 'Mã tra cứu gồm 6 ký tự in trên giấy tiếp nhận',
    en: 'The look-up secret is the 6 characters printed on the receipt',
  },
  'dossier.invalid_phone_last4': {
    vi: 'Nhập 4 chữ số cuối của số điện thoại',
    en: 'Enter the last 4 digits of the phone number',
  },
  'dossier.lookup_key_required': {
    vi: 'Nhập mã tra cứu hoặc 4 số cuối điện thoại của chủ hồ sơ',
    en: "Enter the look-up secret or the last 4 digits of the applicant's phone",
  },
  'dossier.cccd_format': {
    vi: 'Số định danh cá nhân (CCCD) gồm 12 chữ số',
    en: 'A citizen identity number has 12 digits',
  },
  'dossier.cccd_province': {
    vi: 'Ba số đầu của CCCD phải là mã tỉnh từ 001 đến 096',
    en: 'The first three digits must be a province code 001–096',
  },
  'dossier.invalid_phone': {
    vi: 'Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84)',
    en: 'A mobile number has 10 digits starting with 03, 05, 07, 08 or 09 (or +84)',
  },
  'dossier.invalid_email': { vi: 'Địa chỉ thư điện tử không hợp lệ', en: 'Invalid e-mail address' },
  'dossier.invalid_tax_code': {
    vi: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu gạch và 3 chữ số',
    en: 'A tax code has 10 digits, or 10 digits, a dash and 3 digits',
  },
  'dossier.tick_duplicate': { vi: 'Thành phần hồ sơ này đã được đánh dấu', en: 'This document is ticked twice' },
  'dossier.items_required': {
    vi: 'Phiếu yêu cầu bổ sung phải liệt kê đầy đủ các giấy tờ còn thiếu',
    en: 'A supplement request lists every missing document',
  },
  'dossier.reasons_required': { vi: 'Cần nêu rõ lý do', en: 'Give the reasons' },
  'dossier.result_number_required': {
    vi: 'Cần số, ký hiệu của văn bản kết quả',
    en: 'Give the number of the result document',
  },
  'dossier.legal_ground_required': {
    vi: 'Cần căn cứ pháp lý của việc dừng giải quyết',
    en: 'Give the legal ground for stopping',
  },
  'dossier.not_received_yet': { vi: 'Hồ sơ chưa được tiếp nhận', en: 'The dossier has not been received yet' },
  'dossier.procedure_not_online': {
    vi: 'Thủ tục này không cung cấp dịch vụ công trực tuyến',
    en: 'This procedure is not offered online',
  },
  'dossier.online_channel_for_applicant': {
    vi: 'Hồ sơ trực tuyến do công dân, tổ chức tự nộp',
    en: 'Online dossiers are submitted by the applicant',
  },
  'dossier.stop_not_in_force': {
    vi: 'Dừng giải quyết hồ sơ chỉ áp dụng cho hồ sơ tiếp nhận từ ngày 01/7/2025 (Thông tư 03/2025/TT-VPCP)',
    en: 'Stopping applies to dossiers received from 1 July 2025 (Circular 03/2025/TT-VPCP)',
  },
  'dossier.apology_while_paused': {
    vi: 'Hồ sơ đang tạm dừng chờ bổ sung nên chưa có hạn trả để hẹn lại',
    en: 'The clock is stopped awaiting a supplement: there is no due date to move',
  },
  'dossier.apology_date_not_later': {
    vi: 'Ngày hẹn trả mới phải sau hạn trả hiện tại',
    en: 'The new date must be after the current due moment',
  },
  'dossier.children_open': {
    vi: 'Còn hồ sơ liên thông của cơ quan phối hợp chưa có kết quả',
    en: 'A partner agency’s part of this composite dossier has no result yet',
  },
  'dossier.consultation_own_agency': {
    vi: 'Không lấy ý kiến chính cơ quan chủ trì',
    en: 'The lead agency cannot consult itself',
  },
  'dossier.consultation_duplicate': {
    vi: 'Cơ quan này đang được lấy ý kiến',
    en: 'This agency is already being consulted',
  },
  'dossier.consultation_deadline_outside_budget': {
    vi: 'Hạn trả lời phải sau thời điểm hiện tại và không muộn hơn hạn giải quyết của hồ sơ',
    en: "The reply deadline must be in the future and no later than the dossier's due moment",
  },
  'dossier.assignee_required': { vi: 'Cần chọn cán bộ được giao', en: 'Choose the officer to assign' },
} as const satisfies Record<string, Record<Language, string>>;
export type DossierMessageKey = keyof typeof DOSSIER_MESSAGES;
