import { describe, expect, it } from 'vitest';
import {
  CreateCenterRequest,
  CreateCounterRequest,
  CreateOfficerRequest,
  DEFAULT_OFFICE_HOURS,
  UpdateCenterRequest,
  type Officer,
} from '@motcua/core';
import {
  centerValuesOf,
  counterValuesOf,
  createCenterRequestOf,
  createCounterRequestOf,
  createOfficerRequestOf,
  officerValuesOf,
  updateCenterRequestOf,
  updateOfficerRequestOf,
} from './org-form-values.ts';

const TODAY = '2026-12-07';

describe('the center form', () => {
  it('starts a new center as the province center from today, with the usual office hours', () => {
    expect(centerValuesOf(undefined, TODAY)).toEqual({
      code: '',
      name: '',
      level: 'province',
      validFrom: TODAY,
      officeHours: DEFAULT_OFFICE_HOURS,
    });
  });

  it('sends an address left blank as null and no parent for the province center', () => {
    const request = createCenterRequestOf({
      code: ' A01 ',
      name: 'Trung tâm tỉnh',
      level: 'province',
      parentCode: 'B02',
      validFrom: TODAY,
      address: '  ',
      officeHours: DEFAULT_OFFICE_HOURS,
    });
    expect(request).toEqual({
      code: 'A01',
      name: 'Trung tâm tỉnh',
      level: 'province',
      parentCode: null,
      validFrom: TODAY,
      address: null,
      officeHours: DEFAULT_OFFICE_HOURS,
    });
    expect(CreateCenterRequest.safeParse(request).success).toBe(true);
  });

  it('edits only the name, the address and the office hours', () => {
    const values = { ...centerValuesOf(undefined, TODAY), code: 'A01', name: 'Mới', address: 'Số 1' };
    expect(updateCenterRequestOf(values)).toEqual({ name: 'Mới', address: 'Số 1', officeHours: DEFAULT_OFFICE_HOURS });
  });

  it('applies edited office hours from today unless another first day is typed (DESIGN §13)', () => {
    const center = {
      id: 'c1',
      code: 'A01',
      name: 'Trung tâm tỉnh',
      level: 'province' as const,
      parentCode: null,
      validFrom: '2020-01-01',
      validTo: null,
      address: null,
      officeHours: DEFAULT_OFFICE_HOURS,
    };
    const values = centerValuesOf(center, TODAY);
    expect(values.officeHoursFrom).toBe(TODAY);
    expect(updateCenterRequestOf({ ...values, officeHoursFrom: '2027-01-01' })).toMatchObject({
      officeHoursFrom: '2027-01-01',
    });
    const cleared = updateCenterRequestOf({ ...values, officeHoursFrom: '' });
    expect(cleared).not.toHaveProperty('officeHoursFrom');
    expect(UpdateCenterRequest.safeParse(updateCenterRequestOf(values)).data?.officeHoursFrom).toBe(TODAY);
  });
});

const officer: Officer = {
  id: 'u1',
  username: 'tuphap.counter',
  fullName: 'Trần Thị B',
  email: null,
  agency: { code: '000.00.01.A01', slug: 'tuphap', name: 'Sở Tư pháp' },
  center: { code: 'A01', name: 'Trung tâm tỉnh' },
  roles: ['counter', 'center_director'],
  active: true,
  mustChangePassword: false,
  createdAt: '2026-12-01T01:00:00.000Z',
};

describe('the officer form', () => {
  it('shows an officer by their center code and agency slug, as the pickers hold them', () => {
    expect(officerValuesOf(officer, undefined)).toMatchObject({ center: 'A01', agency: 'tuphap', email: undefined });
  });

  it('round-trips an officer to the same edit', () => {
    expect(updateOfficerRequestOf(officerValuesOf(officer, undefined))).toEqual({
      fullName: 'Trần Thị B',
      email: null,
      agency: 'tuphap',
      center: 'A01',
      roles: ['counter', 'center_director'],
    });
  });

  it('creates with a lower-case username, nulls for what was left empty, and the delivery chosen', () => {
    const values = { ...officerValuesOf(undefined, 'A01'), username: ' Nguyen.A ', fullName: 'Nguyễn A', email: '' };
    const request = createOfficerRequestOf({ ...values, delivery: 'email' });
    expect(request).toEqual({
      username: 'nguyen.a',
      fullName: 'Nguyễn A',
      email: null,
      agency: null,
      center: 'A01',
      roles: ['counter'],
      delivery: 'email',
    });
    expect(CreateOfficerRequest.safeParse(request).success).toBe(true);
  });
});

describe('the counter form', () => {
  it('sends a shared desk (no agency) without fields', () => {
    const values = { ...counterValuesOf(undefined, TODAY), number: 9, name: 'Trả kết quả', fields: ['x'] };
    const request = createCounterRequestOf(values);
    expect(request).toEqual({ number: 9, name: 'Trả kết quả', agency: null, fields: [], validFrom: TODAY });
    expect(CreateCounterRequest.safeParse(request).success).toBe(true);
  });

  it('keeps the fields of an agency counter', () => {
    const values = { ...counterValuesOf(undefined, TODAY), name: 'Tư pháp', agency: 'tuphap', fields: ['G01'] };
    expect(createCounterRequestOf(values)).toMatchObject({ agency: 'tuphap', fields: ['G01'] });
  });
});
