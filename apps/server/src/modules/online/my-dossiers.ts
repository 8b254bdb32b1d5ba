import {
  applicantName,
  buildMyDossierView,
  buildMyDraftView,
  DocumentKind,
  myDossierLink,
  type MyDossierLink,
  type MyDossierLinkRequest,
  type MyDossierListQuery,
  type MyDossierSummary,
  type MyDossierView,
  type MyForm,
} from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { actorOf, type SessionUser } from '../../platform/auth/session-user.ts';
import type { StoredVersion } from '../catalog/catalog-repo.ts';
import type { ReadDeps } from '../dossier/dossier-deps.ts';
import type { DossierDocuments } from '../dossier/dossier-documents.ts';
import { dossierClock } from '../dossier/dossier-clock.ts';
import { createDossierRepo, type StoredDossier } from '../dossier/dossier-repo.ts';
import type { CatalogRepo } from '../catalog/catalog-repo.ts';
import { createMyDossierRepo } from './my-dossier-repo.ts';
import { createOnlineRepo, type Citizen, type StoredDraft } from './online-repo.ts';

type Deps = ReadDeps & {
  catalog: CatalogRepo;
  today: () => string;
  /** The officer side's forms, printed for the dossier's own citizen (`see` checked beforehand). */
  documents: (see: (d: StoredDossier | undefined) => StoredDossier) => DossierDocuments;
  /** The public look-up's check of a code and secret, with its throttle (lookup-service.ts `verify`). */
  verifyLookup: (query: { code: string; secret: string }, address: string) => Promise<StoredDossier>;
};

/** A dossier as a row of the citizen's list. */
export const summaryOf = (d: StoredDossier, link: MyDossierLink): MyDossierSummary => ({
  id: d.id,
  code: d.code,
  status: d.state.status,
  channel: d.state.channel,
  procedure: { code: d.state.procedure.code, name: d.procedureName },
  agency: { slug: d.agency.slug, name: d.agency.name },
  at: new Date(d.state.submittedAt ?? d.state.openedAt).toISOString(),
  dueAt: d.state.dueAt === null ? null : new Date(d.state.dueAt).toISOString(),
  actionNeeded: d.state.status === 'awaiting_supplement',
  link,
});

const draftSummary = (draft: StoredDraft, version: StoredVersion | undefined): MyDossierSummary => ({
  id: draft.id,
  code: null,
  status: 'draft',
  channel: 'online',
  procedure: { code: draft.procedureCode, name: version?.procedure.name ?? draft.procedureCode },
  agency: { slug: version?.agency.slug ?? '', name: version?.agency.name ?? '' },
  at: draft.createdAt.toISOString(),
  dueAt: null,
  actionNeeded: true,
  link: 'owner',
});

/** "Hồ sơ của tôi" (DESIGN §11 portal, §15): the citizen's drafts and dossiers, 404 for anyone else's. */
export function createMyDossiers(deps: Deps) {
  const { db } = deps;
  const online = createOnlineRepo(db);
  const mine = createMyDossierRepo(db);
  const dossiers = createDossierRepo(db);

  async function citizenOf(user: SessionUser): Promise<Citizen> {
    const c = await online.citizen(user.id);
    if (!c) throw new AppError('auth.forbidden');
    return c;
  }

  /** The dossier when it is the caller's (core `myDossierLink`), with how; anyone else's is 404, never 403. */
  async function see(id: string, user: SessionUser): Promise<{ d: StoredDossier; link: MyDossierLink }> {
    const d = await dossiers.findById(id);
    if (d) {
      const { verifiedCccd } = await citizenOf(user);
      const scoped = {
        ownerId: d.state.ownerId,
        channel: d.state.channel,
        applicantCccd: d.applicant.kind === 'person' ? d.applicant.cccd : null,
        parentId: d.parentId,
        linked: await online.isLinked(user.id, id),
      };
      const link = myDossierLink(scoped, { id: user.id, verifiedCccd });
      if (link) return { d, link };
    }
    throw new AppError('dossier.not_found');
  }

  const only = (d: StoredDossier) => (found: StoredDossier | undefined) => {
    if (!found || found.id !== d.id) throw new AppError('dossier.not_found');
    return found;
  };

  return {
    see,

    async list(query: MyDossierListQuery, user: SessionUser) {
      const { verifiedCccd } = await citizenOf(user);
      const limit = query.pageSize;
      const rows = await mine.page(user.id, verifiedCccd, { limit, offset: (query.page - 1) * limit });
      const linked = await mine.linkedOf(
        user.id,
        rows.filter((r) => r.ownerId !== user.id).map((r) => r.id),
      );
      const names = new Map<string, StoredVersion | undefined>();
      for (const r of rows.filter((r) => r.status === 'draft' && !names.has(r.procedureCode ?? '')))
        names.set(r.procedureCode ?? '', await deps.catalog.findInForce(r.procedureCode ?? '', deps.today()));
      const items = rows.map((r): MyDossierSummary => {
        const version = names.get(r.procedureCode ?? '');
        const scoped = { ownerId: r.ownerId, channel: r.channel as 'online', applicantCccd: r.cccd, parentId: null };
        return {
          id: r.id,
          code: r.code,
          status: r.status as MyDossierSummary['status'],
          channel: r.channel as MyDossierSummary['channel'],
          procedure: { code: r.procedureCode ?? '', name: r.procedureName ?? version?.procedure.name ?? '' },
          agency: {
            slug: r.agencySlug ?? version?.agency.slug ?? '',
            name: r.agencyName ?? version?.agency.name ?? '',
          },
          at: r.at.toISOString(),
          dueAt: r.dueAt ? r.dueAt.toISOString() : null,
          actionNeeded: r.status === 'draft' || r.status === 'awaiting_supplement',
          link: myDossierLink({ ...scoped, linked: linked.has(r.id) }, { id: user.id, verifiedCccd }) ?? 'owner',
        };
      });
      const total =
        rows[0]?.total ??
        (query.page > 1 ? ((await mine.page(user.id, verifiedCccd, { limit: 1, offset: 0 }))[0]?.total ?? 0) : 0);
      return { items, total };
    },

    async view(id: string, user: SessionUser): Promise<MyDossierView> {
      const draft = await online.findDraft(id);
      if (draft && draft.ownerId === user.id) {
        const version = await deps.catalog.findInForce(draft.procedureCode, deps.today());
        const c = await citizenOf(user);
        return buildMyDraftView({
          summary: draftSummary(draft, version),
          applicantName: c.fullName,
          form: draft.form,
          formFields: version?.procedure.formFields ?? [],
          fees: version?.procedure.fees ?? [],
        });
      }
      const { d, link } = await see(id, user);
      const [events, clocks, rows, form, version] = await Promise.all([
        dossiers.events(id),
        deps.clocks(),
        mine.documents(id),
        online.onlineForm(id),
        deps.catalog.findVersion(d.state.procedure.code, d.state.procedure.version),
      ]);
      return buildMyDossierView(dossierClock(clocks, d), {
        summary: summaryOf(d, link),
        state: d.state,
        events,
        applicantName: applicantName(d.applicant),
        reader: actorOf(user),
        now: deps.now().getTime(),
        form,
        formFields: form ? (version?.procedure.formFields ?? []) : [],
        documents: rows.map(({ storeId, kind, ...r }) => ({
          ...r,
          kind: DocumentKind.catch('scan').parse(kind),
          fromStore: storeId !== null,
        })),
        fees: version?.procedure.fees ?? [],
        feePaid: d.details.feePayment != null,
      });
    },

    async content(id: string, documentId: string, user: SessionUser) {
      await see(id, user);
      const found = await mine.content(id, documentId);
      if (!found) throw new AppError('document.not_found');
      return found;
    },

    /** A form of the dossier as a PDF, printed by the officer side's renderer for its own citizen. */
    async form(id: string, form: MyForm, user: SessionUser): Promise<Buffer> {
      const { d } = await see(id, user);
      const printer = deps.documents(only(d));
      return form === 'receipt' ? printer.receipt(id, user, undefined) : printer.notice(id, user, form);
    },

    /** A counter dossier joined one by one by its receipt's code and secret (DESIGN §15), throttled as the look-up. */
    async link(request: MyDossierLinkRequest, user: SessionUser, address: string): Promise<MyDossierSummary> {
      const d = await deps.verifyLookup(request, address).catch((e: unknown) => {
        throw e instanceof AppError && e.code === 'dossier.lookup_failed' ? new AppError('online.link_failed') : e;
      });
      await online.link(user.id, d.id, deps.now());
      return summaryOf(d, d.state.ownerId === user.id ? 'owner' : 'secret');
    },
  };
}
export type MyDossiers = ReturnType<typeof createMyDossiers>;
