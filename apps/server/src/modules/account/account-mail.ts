import { createHash } from 'node:crypto';
import { ONE_TIME_CODE } from '@motcua/core';
import type { NewOutboxEntry } from '../../platform/outbox/outbox-repo.ts';

type Mail = { to: string; codeId: string; sender: string; publicUrl: string };

const minutes = ONE_TIME_CODE.ttlMs / 60_000;

/** An account's mail: no center's (outbox `center_id` null), keyed by the code's id so that a retry adds nothing. */
function mail(kind: string, m: Mail, subject: string, lines: string[]): NewOutboxEntry {
  const key = `account-${kind}:${createHash('sha256').update(m.codeId).digest('hex').slice(0, 32)}`;
  return {
    centerId: null,
    kind: 'mail',
    dedupeKey: key,
    payload: {
      to: m.to,
      subject: `[${m.sender}] ${subject}`,
      text: [...lines, '', m.sender, m.publicUrl].join('\n'),
      messageId: `<${key.replaceAll(':', '.')}@motcua>`,
    },
  };
}

/** The code that proves a registration's e-mail (DESIGN §15); whoever did not register is told to ignore it. */
export const registrationCodeMail = (m: Mail, code: string) =>
  mail('register', m, `Mã xác minh đăng ký tài khoản: ${code}`, [
    'Kính gửi Ông/Bà,',
    '',
    `Mã xác minh địa chỉ thư điện tử để hoàn tất đăng ký tài khoản dịch vụ công là: ${code}`,
    `Mã dùng một lần, có hiệu lực trong ${minutes} phút. Không cung cấp mã này cho bất kỳ ai, kể cả cán bộ.`,
    'Nếu Ông/Bà không đăng ký, xin bỏ qua thư này: không tài khoản nào được tạo khi chưa nhập mã.',
  ]);

/**
 * A registration of an e-mail that already has an account: no code (it would prove nothing new), the owner is told
 * and pointed to the reset; the registrant's answer is the same as for a new e-mail, so no one learns who has one.
 */
export const alreadyRegisteredMail = (m: Mail) =>
  mail('register', m, 'Địa chỉ thư này đã có tài khoản', [
    'Kính gửi Ông/Bà,',
    '',
    'Có yêu cầu đăng ký tài khoản mới bằng địa chỉ thư này, nhưng địa chỉ đã có tài khoản. Không tài khoản mới nào được tạo.',
    `Nếu Ông/Bà quên mật khẩu, hãy đặt lại tại ${m.publicUrl}/quen-mat-khau. Nếu không phải Ông/Bà yêu cầu, xin bỏ qua thư này.`,
  ]);

export const resetCodeMail = (m: Mail, code: string) =>
  mail('reset', m, `Mã đặt lại mật khẩu: ${code}`, [
    'Kính gửi Ông/Bà,',
    '',
    `Mã để đặt lại mật khẩu tài khoản dịch vụ công là: ${code}`,
    `Mã dùng một lần, có hiệu lực trong ${minutes} phút. Khi mật khẩu được đặt lại, mọi phiên đăng nhập khác sẽ kết thúc.`,
    'Nếu Ông/Bà không yêu cầu, xin bỏ qua thư này: mật khẩu hiện tại vẫn dùng được.',
  ]);
