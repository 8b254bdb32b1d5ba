import type { Language } from '../language.ts';

/**
 * Message keys of the catalog's rules, with their texts, for `VALIDATION_MESSAGES` (the key is the
 * issue's message; the server words it in the request's language).
 */
export const CATALOG_MESSAGES = {
  'catalog.invalid_procedure_code': {
    vi: 'Mã thủ tục không đúng định dạng (ví dụ 1.001234)',
    en: 'A procedure code looks like 1.001234',
  },
  'catalog.invalid_slug': {
    vi: 'Mã cơ quan chỉ gồm chữ thường không dấu, chữ số và dấu gạch dưới',
    en: 'Use lower-case letters, digits and underscores',
  },
  'catalog.invalid_field_code': { vi: 'Mã lĩnh vực không đúng định dạng', en: 'Invalid field code' },
  'catalog.invalid_name': { vi: 'Tên trường không đúng định dạng', en: 'Invalid input name' },
  'catalog.steps_required': { vi: 'Thủ tục cần có ít nhất một bước xử lý', en: 'A procedure needs at least one step' },
  'catalog.steps_exceed_time_limit': {
    vi: 'Tổng thời gian các bước vượt quá thời hạn giải quyết',
    en: 'The steps take longer than the time limit',
  },
  'catalog.count_too_small': { vi: 'Số lượng phải từ 1 trở lên', en: 'The count must be at least 1' },
  'catalog.condition_required': {
    vi: 'Giấy tờ nộp theo điều kiện cần ghi rõ điều kiện',
    en: 'A conditional document needs its condition',
  },
  'catalog.duplicate': { vi: 'Giá trị bị trùng lặp', en: 'This value is repeated' },
  'catalog.options_required': { vi: 'Trường chọn cần có danh sách lựa chọn', en: 'A select needs its options' },
  'catalog.condition_field_unknown': {
    vi: 'Điều kiện phải dựa trên một trường đứng trước',
    en: 'The condition must name a field above this one',
  },
  'catalog.invalid_pattern': { vi: 'Biểu thức kiểm tra không hợp lệ', en: 'Invalid pattern' },
  'catalog.online_form_required': {
    vi: 'Thủ tục trực tuyến cần có biểu mẫu nhập liệu',
    en: 'An online procedure needs its form',
  },
  'catalog.online_delivery_required': {
    vi: 'Thủ tục trực tuyến toàn trình phải trả kết quả trực tuyến hoặc qua bưu chính',
    en: 'A fully online procedure returns its result electronically or by post',
  },
  'catalog.partner_self': {
    vi: 'Thủ tục không thể liên thông với chính nó',
    en: 'A procedure cannot be its own partner',
  },
  'catalog.period_reversed': {
    vi: 'Ngày hết hiệu lực không được trước ngày có hiệu lực',
    en: 'The end date is before the start date',
  },
  'catalog.versions_overlap': {
    vi: 'Thời gian hiệu lực của các phiên bản chồng lấn nhau',
    en: 'The versions are in force at the same time',
  },
  'catalog.version_order': {
    vi: 'Phiên bản sau phải có hiệu lực sau phiên bản trước',
    en: 'A later version takes effect after an earlier one',
  },
  'catalog.effective_from_too_early': {
    vi: 'Phiên bản mới phải có hiệu lực sau ngày có hiệu lực của phiên bản hiện hành',
    en: 'A new version takes effect after the current one did',
  },
  'catalog.unknown_field': { vi: 'Lĩnh vực không tồn tại', en: 'No such field' },
  'catalog.field_of_other_agency': {
    vi: 'Lĩnh vực không thuộc cơ quan giải quyết thủ tục',
    en: 'The field belongs to another agency',
  },
  'catalog.unknown_procedure': { vi: 'Thủ tục liên thông không tồn tại', en: 'No such partner procedure' },
  'catalog.unknown_agency': { vi: 'Cơ quan không tồn tại', en: 'No such agency' },
  'catalog.successor_needs_end': {
    vi: 'Cơ quan có cơ quan kế thừa phải có ngày kết thúc',
    en: 'An agency with a successor needs an end date',
  },
  'catalog.successor_not_in_force': {
    vi: 'Cơ quan kế thừa phải đang hoạt động từ ngày sau ngày kết thúc',
    en: 'The successor must be in force from the next day',
  },
} as const satisfies Record<string, Record<Language, string>>;
export type CatalogIssueCode = keyof typeof CATALOG_MESSAGES;
