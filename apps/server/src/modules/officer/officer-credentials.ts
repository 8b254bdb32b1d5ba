import { randomBytes, randomInt } from 'node:crypto';
import type { PasswordDelivery } from '@motcua/core';
import type { Executor } from '../../db/database.ts';
import { hashPassword } from '../../platform/auth/password.ts';
import { passwordProblem } from '../../platform/auth/common-passwords.ts';
import { createOutboxRepo, type NewOutboxEntry } from '../../platform/outbox/outbox-repo.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { hashToken } from '../auth/auth-service.ts';
import { createPasswordTokenRepo } from '../auth/password-token-repo.ts';
import { createAuthRepo } from '../auth/auth-repo.ts';

/** The e-mailed link lives 3 days (DESIGN §13): long enough over a weekend, short for a forgotten mail. */
export const PASSWORD_LINK_TTL_MS = 3 * 24 * 60 * 60 * 1000;

// No 0/o, 1/l/i: read aloud or copied from a screen without mistakes. 4 groups of 4 of 31 signs: ~79 bits.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** A temporary password in readable groups (`xk7m-2wqp-9thd-r4ne`) that the policy accepts. */
export async function temporaryPassword(username: string): Promise<string> {
  for (;;) {
    const password = [group(), group(), group(), group()].join('-');
    if (!(await passwordProblem(password, username))) return password;
  }
}

export type CredentialsTarget = { id: string; username: string; fullName: string; email: string | null };
type Context = { at: Date; mailCenterId: string; centerName: string; publicUrl: string };

/**
 * Gives the user a new password the way the admin chose, in the caller's transaction: a temporary one (hashed
 * here, answered once, never stored in clear nor logged) that must be changed at first use, or an e-mailed link.
 * The user's older links stop working either way.
 */
export async function issueCredentials(
  tx: Executor,
  user: CredentialsTarget,
  delivery: PasswordDelivery,
  ctx: Context,
): Promise<string | null> {
  const tokens = createPasswordTokenRepo(tx);
  const passwords = createAuthRepo(tx);
  await tokens.expireAll(user.id, ctx.at);
  if (delivery === 'temporary') {
    const password = await temporaryPassword(user.username);
    await passwords.setPassword(user.id, await hashPassword(password), true, ctx.at);
    return password;
  }
  if (!user.email) throw new AppError('org.email_required');
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  await tokens.insert({
    tokenHash,
    userId: user.id,
    createdAt: ctx.at,
    expiresAt: new Date(ctx.at.getTime() + PASSWORD_LINK_TTL_MS),
  });
  // An unusable password until the link is used: nobody, not even the admin, knows it.
  await passwords.setPassword(user.id, await hashPassword(randomBytes(32).toString('base64url')), true, ctx.at);
  await createOutboxRepo(tx).add([passwordLinkMail(user, token, ctx)], ctx.at);
  return null;
}

/** The mail with the link (Vietnamese, plain text), sent from the outbox after commit; keyed by the token's hash. */
function passwordLinkMail(user: CredentialsTarget, token: string, ctx: Context): NewOutboxEntry {
  const key = `password-link:${hashToken(token)}`;
  return {
    centerId: ctx.mailCenterId,
    kind: 'mail',
    dedupeKey: key,
    payload: {
      to: user.email!,
      subject: `[${ctx.centerName}] Đặt mật khẩu cho tài khoản ${user.username}`,
      text: [
        `Kính gửi ${user.fullName},`,
        '',
        `Tài khoản ${user.username} của Ông/Bà trên hệ thống một cửa đã sẵn sàng. Hãy đặt mật khẩu tại liên kết sau (dùng một lần, trong 3 ngày):`,
        `${ctx.publicUrl}/dat-mat-khau?token=${token}`,
        '',
        ctx.centerName,
      ].join('\n'),
      messageId: `<${key.replaceAll(':', '.')}@motcua>`,
    },
  };
}
