import { createHash, randomUUID } from 'node:crypto';
import type { FormField } from '@motcua/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import {
  appUser,
  center,
  citizenDocument,
  citizenProfile,
  documentBlob,
  procedureVersion,
} from '../../db/schema/index.ts';
import { postCommand } from '../../test/dossier-builders.ts';
import type { TestAppHandle } from '../../test/test-app.ts';
import { accountApi } from '../account/account-test-kit.ts';

/** What the online tests need: citizens, their store, a procedure offered online, the portal's calls. */
export function onlineKit(t: TestAppHandle) {
  const api = accountApi(t);
  const db = () => t.database.db;

  /** A verified account made through the API, signed in: its cookie and id. */
  async function citizen(email: string, extra: object = {}) {
    const sent = (await api.register(email, extra)).json();
    const cookie = api.cookieOf(await api.verify(sent.id, (await api.lastCode(email))!));
    const [user] = await db().select({ id: appUser.id }).from(appUser).where(eq(appUser.email, email));
    return { cookie, id: user!.id, email };
  }

  /** The national identity proved the profile's number (as the identity log-in would). */
  const verifyIdentity = (userId: string, at = new Date('2026-12-01T00:00:00Z')) =>
    db().update(citizenProfile).set({ identityVerifiedAt: at }).where(eq(citizenProfile.userId, userId));

  /** A document in the citizen's store (as the store's upload would leave it). */
  async function storeDocument(ownerId: string, title: string, text = `${title} ${randomUUID()}`) {
    const bytes = Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const [c] = await db().select({ id: center.id }).from(center).limit(1);
    const at = new Date('2026-12-01T00:00:00Z');
    await db()
      .insert(documentBlob)
      .values({ centerId: c!.id, sha256, bytes, size: bytes.length, mediaType: 'application/pdf', pages: 1 })
      .onConflictDoNothing();
    const [row] = await db()
      .insert(citizenDocument)
      .values({ ownerId, centerId: c!.id, sha256, title, fileName: `${title}.pdf`, source: 'upload', createdAt: at })
      .returning({ id: citizenDocument.id });
    return row!.id;
  }

  /** A procedure of the police offered online, for a person, not composite: its code as the catalog has it. */
  async function onlineProcedure(level: 'online' | 'none' = 'online') {
    const rows = await db()
      .select({ code: procedureVersion.code, content: procedureVersion.content })
      .from(procedureVersion)
      .where(
        and(
          isNull(procedureVersion.effectiveTo),
          level === 'none'
            ? sql`${procedureVersion.content}->>'onlineLevel' = 'none'`
            : sql`${procedureVersion.content}->>'onlineLevel' <> 'none'`,
        ),
      );
    const found = rows.find(
      (r) =>
        r.content.agencySlug === 'congan' &&
        r.content.partnerCodes.length === 0 &&
        !r.content.formFields.some((f) => f.name === 'taxCode') &&
        r.content.checklist.length >= 1,
    );
    if (!found) throw new Error(`no ${level} procedure of the police`);
    return { code: found.code, content: found.content };
  }

  const my = {
    create: (cookie: string, body: object, key?: string) => postCommand(t, '/api/v1/my/dossiers', body, cookie, key),
    put: (cookie: string, id: string, body: object) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/my/dossiers/${id}`,
        payload: body,
        headers: { cookie, 'idempotency-key': randomUUID() },
      }),
    remove: (cookie: string, id: string) =>
      t.app.inject({ method: 'DELETE', payload: {}, url: `/api/v1/my/dossiers/${id}`, headers: { cookie } }),
    list: (cookie: string, query = '') => t.app.inject({ url: `/api/v1/my/dossiers${query}`, headers: { cookie } }),
    view: (cookie: string, id: string) => t.app.inject({ url: `/api/v1/my/dossiers/${id}`, headers: { cookie } }),
    post: (cookie: string, url: string, body: object) => postCommand(t, url, body, cookie),
  };
  return { api, citizen, verifyIdentity, storeDocument, onlineProcedure, my };
}

/**
 * A complete form: every shown field filled as its type asks (`person` names the applicant and their contact), each
 * required `file` field with the next of `docs`, in the form's order.
 */
export function fillForm(
  fields: readonly FormField[],
  docs: readonly string[],
  person = {
    fullName: 'Nguyễn Thị Mai Anh',
    cccd: '022195001234',
    phone: '0912345678',
    email: 'mai.online@example.com',
  },
): Record<string, string> {
  const values: Record<string, string> = {};
  let next = 0;
  for (const f of fields.filter((f) => !f.visibleWhen)) {
    if (f.type === 'file') {
      if (f.required) values[f.name] = docs[next++]!;
      continue;
    }
    const byType: Record<string, string> = {
      cccd: person.cccd,
      phone: person.phone,
      email: person.email,
      date: '1995-04-12',
      number: '1',
      select: f.options?.[0]?.value ?? '',
    };
    values[f.name] = byType[f.type] ?? (f.name === 'fullName' ? person.fullName : 'Tổ 5, khu 3');
  }
  return values;
}
