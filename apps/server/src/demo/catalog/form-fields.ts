import {
  APPLICANT_FIELDS,
  FORM_FIELD_PATTERNS,
  type ChecklistItem,
  type FormField,
  type ResultDelivery,
} from './core.ts';

const DELIVERY_LABELS: Record<ResultDelivery, string> = {
  counter: 'Nhận trực tiếp tại Trung tâm Phục vụ hành chính công',
  post: 'Nhận qua dịch vụ bưu chính công ích',
  electronic: 'Nhận kết quả điện tử trên Cổng dịch vụ công',
};

const PERSON: FormField[] = [
  { name: 'fullName', label: 'Họ, chữ đệm và tên', type: 'text', required: true, maxLength: 100 },
  { name: 'birthDate', label: 'Ngày, tháng, năm sinh', type: 'date', required: true },
  {
    name: 'cccd',
    label: 'Số định danh cá nhân (số căn cước)',
    type: 'cccd',
    required: true,
    pattern: FORM_FIELD_PATTERNS.cccd,
  },
];
const ORGANISATION: FormField[] = [
  { name: 'organisationName', label: 'Tên tổ chức', type: 'text', required: true, maxLength: 300 },
  {
    name: 'taxCode',
    label: 'Mã số thuế hoặc mã số doanh nghiệp',
    type: 'text',
    required: true,
    pattern: '^[0-9]{10}(-[0-9]{3})?$',
  },
  {
    name: 'representative',
    label: 'Họ và tên người đại diện theo pháp luật',
    type: 'text',
    required: true,
    maxLength: 100,
  },
  {
    name: 'cccd',
    label: 'Số định danh cá nhân của người đại diện',
    type: 'cccd',
    required: true,
    pattern: FORM_FIELD_PATTERNS.cccd,
  },
];
const CONTACT: FormField[] = [
  { name: 'phone', label: 'Số điện thoại', type: 'phone', required: true, pattern: FORM_FIELD_PATTERNS.phone },
  { name: 'email', label: 'Thư điện tử', type: 'email', required: false, maxLength: 200 },
  { name: 'address', label: 'Địa chỉ liên hệ', type: 'textarea', required: true, maxLength: 500 },
];

const S = APPLICANT_FIELDS.submitter;
/** A field of the authorised submitter: shown, and then required, only when someone else submits. */
const whenByOther = (field: Omit<FormField, 'required' | 'visibleWhen'>): FormField => ({
  ...field,
  required: true,
  visibleWhen: { field: S.byOther, equals: 'yes' },
});
/**
 * The authorised submitter (ủy quyền, BLDS 2015 art. 138; DESIGN §6), named as core `APPLICANT_FIELDS.submitter`
 * reads them, with the authorisation itself as an upload.
 */
const SUBMITTER: FormField[] = [
  {
    name: S.byOther,
    label: 'Người nộp hồ sơ',
    type: 'select',
    required: true,
    options: [
      { value: 'no', label: 'Chính người yêu cầu' },
      { value: 'yes', label: 'Người được ủy quyền' },
    ],
  },
  whenByOther({ name: S.fullName, label: 'Họ và tên người được ủy quyền', type: 'text', maxLength: 100 }),
  whenByOther({
    name: S.cccd,
    label: 'Số định danh cá nhân của người được ủy quyền',
    type: 'cccd',
    pattern: FORM_FIELD_PATTERNS.cccd,
  }),
  whenByOther({
    name: S.phone,
    label: 'Số điện thoại của người được ủy quyền',
    type: 'phone',
    pattern: FORM_FIELD_PATTERNS.phone,
  }),
  whenByOther({ name: S.authorisationNumber, label: 'Số văn bản ủy quyền', type: 'text', maxLength: 100 }),
  whenByOther({ name: S.authorisationDate, label: 'Ngày ký văn bản ủy quyền', type: 'date' }),
  whenByOther({ name: 'authorisation', label: 'Văn bản ủy quyền', type: 'file' }),
];

/** The online form: who applies, how to reach them, how the result comes back, and one upload per document. */
export function formFieldsFor(
  spec: { organisations: boolean; checklist: readonly ChecklistItem[] },
  delivery: ResultDelivery[],
): FormField[] {
  const options = delivery.map((d) => ({ value: d, label: DELIVERY_LABELS[d] }));
  const uploads = spec.checklist.map((item, i): FormField => ({
    name: `document${i + 1}`,
    label: item.name,
    type: 'file',
    required: item.required,
  }));
  return [
    ...(spec.organisations ? ORGANISATION : PERSON),
    ...CONTACT,
    ...SUBMITTER,
    { name: 'delivery', label: 'Hình thức nhận kết quả', type: 'select', required: true, options },
    ...uploads,
    { name: 'note', label: 'Nội dung đề nghị, ghi chú', type: 'textarea', required: false, maxLength: 2000 },
  ];
}
