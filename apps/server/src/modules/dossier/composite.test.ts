import { and, eq, isNull, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { agency, procedureVersion } from '../../db/schema/index.ts';
import { useTestApp } from '../../test/test-app.ts';
import { postReception, receiveDossier, type ProcedureInForce } from '../../test/dossier-builders.ts';
import { postTransition, walkTo } from '../../test/dossier-walk.ts';

const NOW = new Date('2026-11-25T09:00:00+07:00');

describe('composite dossiers (liên thông, DESIGN §6)', () => {
  const t = useTestApp({ now: () => NOW });
  let lead: string;
  let partners: string[];
  let procedure: ProcedureInForce & { partners: { code: string; agency: { slug: string } }[] };
  const cookies = new Map<string, string>();
  const cookie = async (username: string) =>
    cookies.get(username) ?? cookies.set(username, await t.login(username)).get(username)!;

  beforeAll(async () => {
    // A composite procedure in force whose partners belong to other agencies, all with demo log-ins
    // (the 2025 successor "nnmt" gets its officers with the demo dossiers, not in this test's seed).
    const rows = await t.database.db
      .select({ code: procedureVersion.code, slug: agency.slug })
      .from(procedureVersion)
      .innerJoin(agency, eq(agency.id, procedureVersion.agencyId))
      .where(
        and(
          isNull(procedureVersion.effectiveTo),
          sql`jsonb_array_length(${procedureVersion.content}->'partnerCodes') > 0`,
        ),
      )
      .orderBy(procedureVersion.code);
    for (const row of rows) {
      const detail = (await t.app.inject({ url: `/api/v1/procedures/${row.code}` })).json();
      const slugs = [row.slug, ...detail.partners.map((p: { agency: { slug: string } }) => p.agency.slug)];
      if (slugs.includes('nnmt')) continue;
      lead = row.slug;
      procedure = { ...detail.procedure, partners: detail.partners };
      break;
    }
    partners = procedure.partners.map((p) => p.agency.slug).filter((s) => s !== lead);
    expect(partners.length).toBeGreaterThan(0);
  });

  const step = async (d: { id: string; version: number }, transition: string, payload: object, username: string) =>
    postTransition(t, d, transition, payload, await cookie(username));

  it('opens a child in each partner agency under the parent; the partners see them; the report counts the parent once', async () => {
    const res = await postReception(t, { procedure, cookie: await cookie(`${lead}.counter`) });
    expect(res.statusCode, res.body).toBe(201);
    const parent = res.json().dossier;
    expect(parent.composite.parent).toBeNull();
    expect(parent.composite.children.map((c: { agency: { slug: string } }) => c.agency.slug).sort()).toEqual(
      [...partners].sort(),
    );
    for (const child of parent.composite.children) {
      expect(child.status).toBe('received');
      const inbox = (
        await t.app.inject({
          url: '/api/v1/dossiers?pageSize=100',
          headers: { cookie: await cookie(`${child.agency.slug}.appraiser`) },
        })
      ).json();
      expect(inbox.items.map((i: { code: string }) => i.code)).toContain(child.code);
      const seen = (
        await t.app.inject({
          url: `/api/v1/dossiers/${child.id}`,
          headers: { cookie: await cookie(`${child.agency.slug}.appraiser`) },
        })
      ).json();
      expect(seen.composite.parent).toEqual({ id: parent.id, code: parent.code });
    }
    const report = (
      await t.app.inject({
        url: '/api/v1/reports/resolution?from=2026-11-25&to=2026-11-25',
        headers: { cookie: await cookie('director') },
      })
    ).json();
    expect(report.total.received.total).toBe(1);
    expect(report.rows.find((r: { agency: { slug: string } }) => r.agency.slug === lead).received.total).toBe(1);
  });

  it('lets the lead propose approval only once every partner has its result', async () => {
    const { dossier: parent } = await receiveDossier(t, { procedure, cookie: await cookie(`${lead}.counter`) });
    let d = (await step(parent, 'start_appraisal', { assigneeId: null }, `${lead}.appraiser`)).json();
    const propose = { proposal: 'approve', summary: 'Đủ điều kiện', approverId: null };
    const refused = await step(d, 'propose_approval', propose, `${lead}.appraiser`);
    expect(refused.statusCode).toBe(422);
    expect(JSON.stringify(refused.json())).toContain('Còn hồ sơ liên thông của cơ quan phối hợp chưa có kết quả');
    for (const child of parent.composite.children) {
      const slug = child.agency.slug;
      const appraiser = await cookie(`${slug}.appraiser`);
      const received = (
        await t.app.inject({ url: `/api/v1/dossiers/${child.id}`, headers: { cookie: appraiser } })
      ).json();
      const c = await walkTo(t, received, 'approved', { appraiser, approver: await cookie(`${slug}.approver`) });
      const ready = await step(c, 'prepare_result', { resultDocumentId: null }, `${slug}.counter`);
      expect(ready.statusCode, ready.body).toBe(200);
    }
    d = (
      await t.app.inject({
        url: `/api/v1/dossiers/${parent.id}`,
        headers: { cookie: await cookie(`${lead}.appraiser`) },
      })
    ).json();
    expect(d.composite.children.every((c: { resolvedAt: string | null }) => c.resolvedAt !== null)).toBe(true);
    const proposed = await step(d, 'propose_approval', propose, `${lead}.appraiser`);
    expect(proposed.statusCode, proposed.body).toBe(200);
    // The children are not report rows: the period's resolutions are none so far (the parent is still open).
    const report = (
      await t.app.inject({
        url: '/api/v1/reports/resolution?from=2026-11-25&to=2026-11-25',
        headers: { cookie: await cookie('director') },
      })
    ).json();
    expect(report.total.resolved.total).toBe(0);
    expect(report.total.received.total).toBe(2);
  });
});
