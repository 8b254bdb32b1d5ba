/** Message keys of the online form's field errors (`checkOnlineForm`), gathered into `VALIDATION_MESSAGES`. */
export const ONLINE_MESSAGES = {
  'online.field_required': { vi: 'Vui lòng nhập thông tin này', en: 'Please fill this in' },
  'online.field_invalid': { vi: 'Giá trị không hợp lệ', en: 'This value is not valid' },
  'online.option_unknown': { vi: 'Vui lòng chọn một giá trị trong danh sách', en: 'Choose one of the listed values' },
  'online.unknown_field': { vi: 'Thủ tục không có trường này', en: 'The procedure has no such field' },
  'online.too_many_fields': { vi: 'Quá nhiều trường', en: 'Too many fields' },
  'online.document_required': { vi: 'Vui lòng đính kèm giấy tờ này', en: 'Please attach this document' },
  'online.document_not_yours': {
    vi: 'Giấy tờ không có trong kho của bạn',
    en: 'This document is not in your store',
  },
  'online.applicant_incomplete': {
    vi: 'Thiếu thông tin người yêu cầu (họ tên, số định danh, điện thoại, địa chỉ)',
    en: "The applicant's details are incomplete (name, identity number, phone, address)",
  },
} as const;
