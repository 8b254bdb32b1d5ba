import { describe, expect, it } from 'vitest';
import { policyMessage } from '../../components/password/password-policy.ts';
import { changeRequestOf } from './password-values.ts';

describe('the password policy shown while typing', () => {
  it.each([
    ['short', 'vi', 'Mật khẩu phải có ít nhất 12 ký tự'],
    ['nguyen.van.a-2026', 'vi', 'Mật khẩu không được chứa tên đăng nhập'],
    ['Matkhau@123456', 'vi', 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác'],
    ['short', 'en', 'A password has at least 12 characters'],
  ] as const)('%s (%s) is refused: %s', (password, language, message) => {
    expect(policyMessage(password, 'nguyen.van.a', language)).toBe(message);
  });

  it('lets a long, uncommon password without the username through', () => {
    expect(policyMessage('đồi thông hai mộ 1978', 'nguyen.van.a', 'vi')).toBeNull();
  });

  it('sends the current and the new password, never the repeat', () => {
    expect(changeRequestOf({ currentPassword: 'old', newPassword: 'new one here', repeat: 'new one here' })).toEqual({
      currentPassword: 'old',
      newPassword: 'new one here',
    });
  });
});
