import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import type { FieldError } from '@motcua/core';
import { namePathOf, nearestItem, placeErrors, putProblemOnForm, type NamePath } from './form-problem.ts';
import { apiErrorFor } from './testing.ts';

describe('namePathOf', () => {
  it.each([
    ['applicant.cccd', undefined, ['applicant', 'cccd']],
    ['/body/applicant/cccd', undefined, ['applicant', 'cccd']],
    ['body.ticks.2.provided', undefined, ['ticks', 2, 'provided']],
    ['/body/payload/items/0/name', ['body', 'payload'], ['items', 0, 'name']],
    ['payload.reasons.1', ['body', 'payload'], ['reasons', 1]],
    // Only leading prefixes go: a field that happens to be called so further down stays.
    ['content.body.0', undefined, ['content', 'body', 0]],
    ['', undefined, []],
    ['/body', undefined, []],
  ])('%s (less %j) is %j', (path, prefixes, expected) => {
    expect(namePathOf(path, prefixes)).toEqual(expected);
  });
});

const known = (...names: NamePath[]) => new Set(names.map((name) => JSON.stringify(name)));

describe('nearestItem', () => {
  const locate = nearestItem(known(['applicant', 'cccd'], ['items'], ['items', 0, 'name']));
  it.each([
    [
      ['applicant', 'cccd'],
      ['applicant', 'cccd'],
    ],
    [
      ['items', 0, 'name'],
      ['items', 0, 'name'],
    ],
    // An error on a whole list item, or deeper than any item, goes on the nearest item above it.
    [['items', 1], ['items']],
    [
      ['items', 0, 'name', 'length'],
      ['items', 0, 'name'],
    ],
    [['submitter'], null],
    [[], null],
  ])('puts an error at %j on %j', (segments, expected) => {
    expect(locate(segments, 'm')).toEqual(expected === null ? null : { name: expected, message: 'm' });
  });
});

describe('placeErrors', () => {
  it('gathers the messages of one item and keeps the others, in order, as they came', () => {
    const errors: FieldError[] = [
      { path: 'body.applicant.cccd', message: 'Cần 12 chữ số' },
      { path: 'counterId', message: 'Chưa nhận quầy' },
      { path: '/body/applicant/cccd', message: 'Đã có hồ sơ khác' },
      { path: 'notes', message: 'Quá dài' },
    ];
    const placed = placeErrors(errors, nearestItem(known(['applicant', 'cccd'], ['notes'])));
    expect(placed.fields).toEqual([
      { name: ['applicant', 'cccd'], errors: ['Cần 12 chữ số', 'Đã có hồ sơ khác'] },
      { name: ['notes'], errors: ['Quá dài'] },
    ]);
    expect(placed.general).toEqual([errors[1]]);
  });

  it('places nothing when there are no errors', () => {
    expect(placeErrors([], () => ({ name: ['x'], message: 'm' }))).toEqual({ fields: [], general: [] });
  });
});

/** The two methods of a form the kit uses: the items it has, and where errors were set. */
function fakeForm(...names: NamePath[]) {
  const set: unknown[] = [];
  const form = {
    getFieldsError: () => names.map((name) => ({ name, errors: [], warnings: [] })),
    setFields: (fields: unknown[]) => set.push(...fields),
  };
  return { form: form as unknown as FormInstance, set };
}

describe('putProblemOnForm', () => {
  const error = apiErrorFor('request.validation_failed', {
    errors: [
      { path: '/body/payload/reasons/0', message: 'Cần lý do' },
      { path: '/body/payload', message: 'Thiếu lý do' },
    ],
  });

  it('marks the items the form has and returns the rest', () => {
    const { form, set } = fakeForm(['reasons'], ['note']);
    const general = putProblemOnForm(form, error, { prefixes: ['body', 'payload'] });
    expect(set).toEqual([{ name: ['reasons'], errors: ['Cần lý do'] }]);
    expect(general).toEqual([{ path: '/body/payload', message: 'Thiếu lý do' }]);
  });

  it("follows the form's own placement when given one", () => {
    const { form, set } = fakeForm(['reasons']);
    const general = putProblemOnForm(form, error, { locate: () => ({ name: ['summary'], message: 'x' }) });
    expect(set).toEqual([{ name: ['summary'], errors: ['x', 'x'] }]);
    expect(general).toEqual([]);
  });

  it('marks nothing for a failure that is not a problem', () => {
    const { form, set } = fakeForm(['reasons']);
    expect(putProblemOnForm(form, new Error('bug'))).toEqual([]);
    expect(set).toEqual([]);
  });
});
