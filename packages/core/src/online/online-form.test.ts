import { describe, expect, it } from 'vitest';
import type { FormField } from '../catalog/form-field.ts';
import { checkOnlineForm, fileIds, givenDocuments, storeMatches, visibleFields } from './online-form.ts';

const FIELDS: FormField[] = [
  { name: 'fullName', label: 'Họ và tên', type: 'text', required: true, maxLength: 10 },
  { name: 'cccd', label: 'Số định danh', type: 'cccd', required: true },
  { name: 'phone', label: 'Điện thoại', type: 'phone', required: true },
  { name: 'email', label: 'Thư điện tử', type: 'email', required: false },
  { name: 'birthDate', label: 'Ngày sinh', type: 'date', required: false },
  { name: 'plate', label: 'Biển số', type: 'text', required: false, pattern: '^[0-9]{2}[A-Z]-[0-9]{5}$' },
  {
    name: 'delivery',
    label: 'Nhận kết quả',
    type: 'select',
    required: true,
    options: [
      { value: 'counter', label: 'Tại quầy' },
      { value: 'post', label: 'Bưu chính' },
    ],
  },
  {
    name: 'submittedByOther',
    label: 'Nộp thay',
    type: 'select',
    required: false,
    options: [{ value: 'yes', label: 'Có' }],
  },
  {
    name: 'authorisation',
    label: 'Giấy ủy quyền',
    type: 'file',
    required: true,
    visibleWhen: { field: 'submittedByOther', equals: 'yes' },
  },
  { name: 'document1', label: 'Tờ khai', type: 'file', required: true },
];
const OWN = new Set(['d1', 'd2', 'd3']);
const complete = {
  fullName: 'Lê Văn A',
  cccd: '022195001234',
  phone: '0912 345 678',
  delivery: 'post',
  document1: 'd1',
};
const check = (fields: Record<string, string>, submit = true, documents: string[] = []) =>
  checkOnlineForm(FIELDS, { fields, documents }, { submit, own: OWN });

describe('the online form against the declared fields (DESIGN §15)', () => {
  it('accepts a complete submission; a hidden conditional field is not required', () => {
    expect(check(complete)).toEqual([]);
  });

  it('lists every missing required field and document at once, in the form order', () => {
    expect(check({})).toEqual([
      { path: 'fields.fullName', message: 'online.field_required' },
      { path: 'fields.cccd', message: 'online.field_required' },
      { path: 'fields.phone', message: 'online.field_required' },
      { path: 'fields.delivery', message: 'online.field_required' },
      { path: 'fields.document1', message: 'online.document_required' },
    ]);
  });

  it('requires a conditional field only while shown', () => {
    expect(check({ ...complete, submittedByOther: 'yes' })).toEqual([
      { path: 'fields.authorisation', message: 'online.document_required' },
    ]);
    expect(check({ ...complete, submittedByOther: 'yes', authorisation: 'd2' })).toEqual([]);
  });

  it.each([
    ['cccd', '02219500123', 'online.field_invalid'],
    ['cccd', '0221950012345', 'online.field_invalid'],
    ['phone', '1912345678', 'online.field_invalid'],
    ['email', 'mai@', 'online.field_invalid'],
    ['birthDate', '12/04/1995', 'online.field_invalid'],
    ['birthDate', '1995-02-30x', 'online.field_invalid'],
    ['plate', '14a-12345', 'online.field_invalid'],
    ['delivery', 'electronic', 'online.option_unknown'],
    ['fullName', 'Nguyễn Thị Mai Anh', 'validation.too_long'],
    ['document1', 'd1,zz', 'online.document_not_yours'],
  ])('refuses %s = %j (%s)', (name, value, message) => {
    expect(check({ ...complete, [name]: value })).toEqual([{ path: `fields.${name}`, message }]);
  });

  it.each([
    ['phone', '091.234.5678'],
    ['email', 'mai.anh@example.vn'],
    ['birthDate', '1995-04-12'],
    ['plate', '14A-12345'],
    ['document1', 'd1, d2'],
  ])('accepts %s = %j', (name, value) => {
    expect(check({ ...complete, [name]: value })).toEqual([]);
  });

  it('always refuses an undeclared field and a document outside the store, even in a draft', () => {
    expect(check({ nickname: 'x', document1: 'zz' }, false, ['d3', 'other'])).toEqual([
      { path: 'fields.nickname', message: 'online.unknown_field' },
      { path: 'documents.1', message: 'online.document_not_yours' },
      { path: 'fields.document1', message: 'online.document_not_yours' },
    ]);
  });

  it('lets a draft be incomplete and wrong (it is checked on submission)', () => {
    expect(check({ cccd: '123', delivery: 'nowhere' }, false)).toEqual([]);
  });

  it('gives the visible file fields and the extra documents once each', () => {
    const form = { fields: { ...complete, document1: 'd1, d2', authorisation: 'd3' }, documents: ['d2', 'd3'] };
    // d3 is named only by the hidden authorisation field: it comes as an extra document, of no field.
    expect(givenDocuments(FIELDS, form)).toEqual([
      { storeDocumentId: 'd1', fieldName: 'document1' },
      { storeDocumentId: 'd2', fieldName: 'document1' },
      { storeDocumentId: 'd3', fieldName: null },
    ]);
    expect(fileIds(' a, ,b ')).toEqual(['a', 'b']);
    expect(visibleFields(FIELDS, { submittedByOther: 'yes' }).map((f) => f.name)).toContain('authorisation');
    expect(visibleFields(FIELDS, {}).map((f) => f.name)).not.toContain('authorisation');
  });

  it("matches the store's documents to file fields by title, diacritics and case aside", () => {
    const docs = [{ title: 'TỜ KHAI' }, { title: 'to khai' }, { title: 'Ảnh 4x6' }];
    expect(storeMatches(FIELDS, docs)).toEqual({ authorisation: [], document1: [docs[0], docs[1]] });
  });
});
