import { describe, expect, it } from 'vitest';
import { CreateProcedureRequest, ReviseProcedureRequest, type Fee } from '@motcua/core';
import { makeProcedure } from '../../../../../../packages/core/src/catalog/testing.ts';
import {
  contentOfProcedure,
  EMPTY_CONTENT,
  parseFormFields,
  toContent,
  toCreateRequest,
  todayInVietnam,
  toFormValues,
  tomorrowInVietnam,
  toReviseRequest,
  type FeeValues,
  type ProcedureFormValues,
} from './procedure-form-values.ts';

// The core's passport procedure, with a cut-off hour, a note, a table fee and a partner besides.
const procedure = makeProcedure({
  version: 2,
  cutoffTime: '16:00',
  checklist: [
    ...makeProcedure().checklist,
    { name: 'Ảnh 4x6', form: 'original', count: 2, required: true, note: 'Phông nền trắng' },
  ],
  fees: [
    ...makeProcedure().fees,
    {
      kind: 'charge',
      name: 'Phí',
      basis: 'table',
      rows: [{ label: 'Gấp', amount: 50_000 }],
      onlineDiscountPercent: 10,
    },
  ],
  partnerCodes: ['2.000123'],
});
const { code: _code, version: _version, effectiveFrom: _from, effectiveTo: _to, ...passport } = procedure;

describe('toFormValues and toContent', () => {
  it.each([
    ['a full procedure', passport],
    ['the empty one a new procedure starts from', EMPTY_CONTENT],
  ])('give back %s unchanged', (_, content) => {
    expect(toContent(toFormValues(content, '2026-03-10'))).toEqual(content);
  });

  it('edit the cut-off hour as text and the online form as indented JSON', () => {
    const values = toFormValues({ ...passport, cutoffTime: null }, '2026-03-10', '1.001234');
    expect(values.code).toBe('1.001234');
    expect(values.effectiveFrom).toBe('2026-03-10');
    expect(values.content.cutoffTime).toBe('');
    expect(values.formFieldsJson).toBe(JSON.stringify(passport.formFields, null, 2));
    expect('code' in toFormValues(passport, '2026-03-10')).toBe(false);
  });
});

describe('toContent', () => {
  const edited = (content: Partial<ProcedureFormValues['content']>, formFieldsJson = '[]'): ProcedureFormValues => {
    const values = toFormValues(passport, '2026-03-10');
    return { ...values, content: { ...values.content, ...content }, formFieldsJson };
  };

  it('sends a blank cut-off hour as none, and a typed one trimmed', () => {
    expect(toContent(edited({ cutoffTime: '  ' })).cutoffTime).toBeNull();
    expect(toContent(edited({ cutoffTime: ' 11:30 ' })).cutoffTime).toBe('11:30');
  });

  it("leaves out a checklist item's blank condition and note, and trims the others", () => {
    const checklist = [
      { name: 'Tờ khai', form: 'original' as const, count: 1, required: false, condition: ' Có con ', note: '  ' },
    ];
    expect(toContent(edited({ checklist })).checklist).toEqual([
      { name: 'Tờ khai', form: 'original', count: 1, required: false, condition: 'Có con' },
    ]);
  });

  const fee = { kind: 'fee' as const, name: 'Lệ phí', onlineDiscountPercent: 0 };
  const rows = [{ label: 'Nhà ở riêng lẻ', amount: 75_000 }];
  it.each<[string, FeeValues, Fee]>([
    [
      'a fixed fee with its amount, not the rows',
      { ...fee, basis: 'fixed', amount: 100, rows },
      { ...fee, basis: 'fixed', amount: 100 },
    ],
    [
      'a table fee with its rows, not the amount',
      { ...fee, basis: 'table', amount: 100, rows },
      { ...fee, basis: 'table', rows },
    ],
    ['a fixed fee cleared as free', { ...fee, basis: 'fixed' }, { ...fee, basis: 'fixed', amount: 0 }],
    ['a table fee cleared without rows', { ...fee, basis: 'table' }, { ...fee, basis: 'table', rows: [] }],
  ])('sends %s', (_, edit, sent) => {
    expect(toContent(edited({ fees: [edit] })).fees).toEqual([sent]);
  });

  it('sends lists the form dropped as empty, and unreadable JSON as no online form', () => {
    const lists = ['steps', 'checklist', 'fees', 'legalBasis', 'partnerCodes'] as const;
    const dropped = Object.fromEntries(lists.map((list) => [list, undefined]));
    const content = toContent(edited(dropped, '[{'));
    expect(lists.map((list) => content[list])).toEqual(lists.map(() => []));
    expect(content.formFields).toEqual([]);
  });
});

describe('parseFormFields', () => {
  it.each([
    ['an empty box', '  ', { ok: true, value: [] }],
    ['a list', '[{"name":"a"}]', { ok: true, value: [{ name: 'a' }] }],
    ['an object, not a list', '{}', { ok: false, message: '' }],
  ])('reads %s', (_, json, outcome) => {
    expect(parseFormFields(json)).toEqual(outcome);
  });

  it("reports broken JSON in the parser's words", () => {
    const outcome = parseFormFields('[{');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).not.toBe('');
  });
});

describe('toCreateRequest and toReviseRequest', () => {
  const values = toFormValues(passport, '2026-04-01', ' 1.001234 ');

  it('create the procedure under its code less the spaces, valid for the API', () => {
    const request = toCreateRequest(values);
    expect(request).toEqual({ code: '1.001234', effectiveFrom: '2026-04-01', content: passport });
    expect(CreateProcedureRequest.safeParse(request).success).toBe(true);
  });

  it('revise on top of the version the editor was opened on', () => {
    const request = toReviseRequest(values, 3);
    expect(request).toEqual({ baseVersion: 3, effectiveFrom: '2026-04-01', content: passport });
    expect(ReviseProcedureRequest.safeParse(request).success).toBe(true);
  });
});

describe('contentOfProcedure', () => {
  it('is the version less its identity and period', () => {
    expect(contentOfProcedure(procedure)).toEqual(passport);
  });
});

describe('todayInVietnam and tomorrowInVietnam', () => {
  // Midnight in Hà Nội is 17:00 UTC the day before.
  it.each([
    [Date.UTC(2026, 0, 1, 16, 59), '2026-01-01', '2026-01-02'],
    [Date.UTC(2026, 0, 1, 17, 0), '2026-01-02', '2026-01-03'],
    [Date.UTC(2026, 11, 31, 17, 0), '2027-01-01', '2027-01-02'],
    [Date.UTC(2028, 1, 28, 12, 0), '2028-02-28', '2028-02-29'],
  ])('at %i: today %s, tomorrow %s', (now, today, tomorrow) => {
    expect(todayInVietnam(now)).toBe(today);
    expect(tomorrowInVietnam(now)).toBe(tomorrow);
  });
});
