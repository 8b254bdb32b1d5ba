import { desc } from 'drizzle-orm';
import { outbox } from '../../db/schema/index.ts';
import type { TestAppHandle } from '../../test/test-app.ts';

/** A person as the registration form sends them (DESIGN §6 identity formats). */
export const PERSON = {
  fullName: 'Nguyễn Thị Mai Anh',
  cccd: '022195001234',
  phone: '0912 345 678',
  birthDate: '1995-04-12',
  address: 'Tổ 5, khu 3, phường Hồng Gai',
};
export const PASSWORD = 'Hoa sen nở giữa đầm 2026';

export function accountApi(t: TestAppHandle) {
  const post = (url: string, payload: object, cookie?: string) =>
    t.app.inject({ method: 'POST', url, payload, headers: cookie ? { cookie } : {} });
  /** The mails to an address, newest first, as the outbox holds them. */
  const mailsTo = async (to: string) =>
    (await t.database.db.select().from(outbox).orderBy(desc(outbox.id)))
      .map((r) => ({ centerId: r.centerId, ...(r.payload as { to: string; subject: string; text: string }) }))
      .filter((m) => m.to === to);
  return {
    post,
    mailsTo,
    /** The six digits of the newest mail to `to`. */
    lastCode: async (to: string) => /: (\d{6})/.exec((await mailsTo(to))[0]?.text ?? '')?.[1],
    register: (email: string, extra: object = {}) =>
      post('/api/v1/auth/register', { ...PERSON, email, password: PASSWORD, ...extra }),
    verify: (id: string, code: string) => post('/api/v1/auth/register/verify', { id, code }),
    cookieOf: (res: { cookies: { name: string; value: string }[] }) =>
      res.cookies
        .filter((c) => c.name === 'motcua_session')
        .map((c) => `motcua_session=${c.value}`)
        .join(''),
  };
}
