import { applicantName, FORM_SETS, handOversOf, parseDossierCode, type ChecklistTick } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { controlSheetPdf } from '../../documents/forms/control-sheet-pdf.ts';
import { receiptPdf } from '../../documents/forms/receipt-pdf.ts';
import type { SessionUser } from '../auth/auth-repo.ts';
import type { DossierService } from './dossier-service.ts';
import { hashLookupSecret } from './lookup-secret.ts';

const DELIVERY_NAMES: Record<string, string> = {
  counter: 'Bộ phận tiếp nhận và trả kết quả',
  post: 'Địa chỉ của người nộp, qua dịch vụ bưu chính công ích',
  electronic: 'Trực tuyến (bản điện tử có chữ ký số)',
};

/** The forms of a dossier as PDFs (DESIGN §6), from the set in force on its reception day. */
export function createDossierDocuments(deps: { dossiers: DossierService; centerName: () => Promise<string>; publicUrl: string; now: () => Date }) {
  const { dossiers } = deps;
  const formSetOf = (id: string) => FORM_SETS.find((s) => s.id === id) ?? FORM_SETS[FORM_SETS.length - 1]!;

  return {
    /**
     * The receipt. The secret is stored only as a hash: it is printed when the caller gives it (right
     * after reception, or from the citizen's receipt) and matches; a reprint without it leaves it out.
     */
    async receipt(id: string, user: SessionUser, secret: string | undefined): Promise<Buffer> {
      const d = dossiers.visibleTo(await dossiers.reader.findById(id), user);
      const events = await dossiers.reader.events(id);
      const receive = events.find((e) => e.type === 'receive');
      if (!receive || d.state.receivedAt === null) throw new AppError('lifecycle.transition_not_allowed');
      const ticks = (receive.payload as { ticks: ChecklistTick[] }).ticks;
      const known = secret !== undefined && hashLookupSecret(d.code, secret) === d.secretHash;
      const people = await dossiers.reader.peopleNames([receive.actorId]);
      const applicant = d.applicant as { address?: string; phone?: string; email?: string | null };
      return receiptPdf({
        formSet: formSetOf(d.state.formSet),
        centerName: await deps.centerName(),
        agencyName: d.agency.name,
        code: d.code,
        secret: known ? secret!.toUpperCase() : '(không in lại — đề nghị cấp mã mới tại quầy)',
        qrText: known ? `${deps.publicUrl}/tra-cuu?code=${encodeURIComponent(d.code)}&secret=${secret!.toUpperCase()}` : d.code,
        applicant: { name: applicantName(d.applicant), address: applicant.address ?? '', phone: applicant.phone ?? '', email: applicant.email ?? null },
        procedureName: d.procedureName,
        documents: ticks.filter((t) => t.provided > 0).map((t) => {
          const item = d.state.procedure.checklist[t.item]!;
          return { name: item.name, form: t.form ?? item.form, count: t.provided };
        }),
        sets: 1,
        timeLimit: d.state.procedure.timeLimit,
        receivedAt: new Date(d.state.receivedAt),
        dueAt: new Date((receive.payload as { dueAt: number }).dueAt),
        delivery: DELIVERY_NAMES[d.details.resultDelivery ?? 'counter'] ?? '',
        ledger: { volume: String(new Date(d.state.receivedAt).getUTCFullYear()), number: parseDossierCode(d.code)?.sequence ?? 0 },
        officerName: people.get(receive.actorId) ?? '',
      });
    },

    async controlSheet(id: string, user: SessionUser): Promise<Buffer> {
      const d = dossiers.visibleTo(await dossiers.reader.findById(id), user);
      const events = await dossiers.reader.events(id);
      return controlSheetPdf({
        formSet: formSetOf(d.state.formSet),
        centerName: await deps.centerName(),
        code: d.code,
        applicantName: applicantName(d.applicant),
        procedureName: d.procedureName,
        receivedAt: new Date(d.state.receivedAt ?? d.state.openedAt),
        dueAt: d.state.dueAt === null ? null : new Date(d.state.dueAt),
        handOvers: handOversOf(events, d.agency.name, d.state.dueAt).map((h) => ({ ...h, at: new Date(h.at) })),
        printedAt: deps.now(),
      });
    },
  };
}
export type DossierDocuments = ReturnType<typeof createDossierDocuments>;
