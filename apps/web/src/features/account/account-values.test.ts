import { describe, expect, it } from 'vitest';
import type { CitizenProfile } from '@motcua/core';
import {
  formatLocalDate,
  identityFailureTitle,
  profilePatchOf,
  registerRequestOf,
  resetConfirmOf,
} from './account-values.ts';

const profile = (overrides: Partial<CitizenProfile> = {}): CitizenProfile => ({
  username: 'congdan.0003',
  email: 'an@example.vn',
  emailVerified: true,
  fullName: 'Nguyễn Văn An',
  cccd: '022090001234',
  phone: '0912345678',
  birthDate: '1990-05-12',
  address: 'Hạ Long, Quảng Ninh',
  identityVerified: false,
  identityVerifiedAt: null,
  hasPassword: true,
  createdAt: '2026-12-01T08:00:00+07:00',
  ...overrides,
});
const values = { fullName: 'Nguyễn Văn An', cccd: '022090001234', phone: '0912345678', birthDate: '1990-05-12' };

describe('the registration request', () => {
  it('sends the person and the password, trimmed, never the repeat', () => {
    expect(
      registerRequestOf({
        ...values,
        email: ' an@example.vn ',
        fullName: ' Nguyễn Văn An ',
        address: 'Hạ Long',
        password: ' đồi thông hai mộ ',
        repeat: ' đồi thông hai mộ ',
      }),
    ).toEqual({ ...values, email: 'an@example.vn', address: 'Hạ Long', password: ' đồi thông hai mộ ' });
  });

  it('sends the reset code with its id and the new password, never the repeat', () => {
    expect(resetConfirmOf('id-1', { code: '123 456', newPassword: 'new pass here', repeat: 'x' })).toEqual({
      id: 'id-1',
      code: '123 456',
      newPassword: 'new pass here',
    });
  });
});

describe('the profile patch', () => {
  const form = { ...values, address: 'Hạ Long, Quảng Ninh' };

  it('sends nothing when nothing changed', () => {
    expect(profilePatchOf(profile(), form)).toEqual({});
  });

  it('sends only the changed fields, trimmed', () => {
    expect(profilePatchOf(profile(), { ...form, phone: ' 0987654321 ', fullName: 'Nguyễn Văn Bình' })).toEqual({
      phone: '0987654321',
      fullName: 'Nguyễn Văn Bình',
    });
  });

  it('never sends the name, number or birth date of an identity-verified account (DESIGN §15)', () => {
    const verified = profile({ identityVerified: true, identityVerifiedAt: '2026-12-01T08:00:00+07:00' });
    const changed = { ...form, fullName: 'Khác', cccd: '022090009999', birthDate: '1991-01-01', address: 'Cẩm Phả' };
    expect(profilePatchOf(verified, changed)).toEqual({ address: 'Cẩm Phả' });
  });

  it('fills an empty profile field that the form now has', () => {
    expect(profilePatchOf(profile({ phone: null }), form)).toEqual({ phone: '0912345678' });
  });
});

describe('the words of a failed identity log-in', () => {
  it.each([
    ['identity.linked_elsewhere', 'vi', 'Số định danh này đã gắn với một tài khoản khác'],
    ['identity.login_failed', 'en', 'The national identity log-in did not succeed; please try again'],
    ['<script>', 'vi', 'Đăng nhập bằng định danh điện tử không thành công, vui lòng thử lại'],
  ] as const)('%s (%s): %s', (code, language, title) => {
    expect(identityFailureTitle(code, language)).toBe(title);
  });

  it('says nothing without a failure', () => {
    expect(identityFailureTitle(null, 'vi')).toBeNull();
  });
});

describe('a date as Vietnamese forms write it', () => {
  it('reads day, month, year', () => {
    expect(formatLocalDate('1990-05-12')).toBe('12/05/1990');
  });
});
