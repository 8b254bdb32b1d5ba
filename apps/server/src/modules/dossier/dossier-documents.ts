import { applicantName, FORM_SETS, handOversOf, parseDossierCode, type ChecklistTick } from '@motcua/core';
import { AppError } from '../../platform/errors/app-error.ts';
import { controlSheetPdf } from '../../documents/forms/control-sheet-pdf.ts';
import { receiptPdf } from '../../documents/forms/receipt-pdf.ts';
import { noticePdf, type NoticeData } from '../../documents/forms/notice-pdf.ts';
import { vietnameseMoment } from '../../documents/vietnamese-format.ts';
import type { SessionUser } from '../../platform/auth/session-user.ts';
import type { DossierRepo } from './dossier-repo.ts';
import { visibleTo } from './dossier-view.ts';
import { hashLookupSecret } from './lookup-secret.ts';

const DELIVERY_NAMES: Record<string, string> = {
  counter: 'Bộ phận tiếp nhận và trả kết quả',
  post: 'Địa chỉ của người nộp, qua dịch vụ bưu chính công ích',
  electronic: 'Trực tuyến (bản điện tử có chữ ký số)',
};

/** The forms of a dossier as PDFs (DESIGN §6), from the set in force on its reception day. */
export function createDossierDocuments(deps: {
  dossiers: DossierRepo;
  centerName: () => Promise<string>;
  /** The address printed in the receipt's QR, read at each print (it may be known only once the server listens). */
  publicUrl: () => string;
  now: () => Date;
}) {
  const { dossiers } = deps;
  const formSetOf = (id: string) => FORM_SETS.find((s) => s.id === id) ?? FORM_SETS[FORM_SETS.length - 1]!;

  return {
    /**
     * The receipt. The secret is stored only as a hash: it is printed when the caller gives it (right
     * after reception, or from the citizen's receipt) and matches; a reprint without it leaves it out.
     */
    async receipt(id: string, user: SessionUser, secret: string | undefined): Promise<Buffer> {
      const d = visibleTo(await dossiers.findById(id), user);
      const events = await dossiers.events(id);
      const receive = events.find((e) => e.type === 'receive');
      if (!receive || d.state.receivedAt === null) throw new AppError('lifecycle.transition_not_allowed');
      const ticks = (receive.payload as { ticks: ChecklistTick[] }).ticks;
      const known = secret !== undefined && hashLookupSecret(d.code, secret) === d.secretHash;
      const people = await dossiers.peopleNames([receive.actorId]);
      const applicant = d.applicant as { address?: string; phone?: string; email?: string | null };
      return receiptPdf({
        formSet: formSetOf(d.state.formSet),
        centerName: await deps.centerName(),
        agencyName: d.agency.name,
        code: d.code,
        secret: known ? secret!.toUpperCase() : '(không in lại — đề nghị cấp mã mới tại quầy)',
        qrText: known
          ? `${deps.publicUrl()}/tra-cuu?code=${encodeURIComponent(d.code)}&secret=${secret!.toUpperCase()}`
          : d.code,
        applicant: {
          name: applicantName(d.applicant),
          address: applicant.address ?? '',
          phone: applicant.phone ?? '',
          email: applicant.email ?? null,
        },
        procedureName: d.procedureName,
        documents: ticks
          .filter((t) => t.provided > 0)
          .map((t) => {
            const item = d.state.procedure.checklist[t.item]!;
            return { name: item.name, form: t.form ?? item.form, count: t.provided };
          }),
        sets: 1,
        timeLimit: d.state.procedure.timeLimit,
        receivedAt: new Date(d.state.receivedAt),
        dueAt: new Date((receive.payload as { dueAt: number }).dueAt),
        delivery: DELIVERY_NAMES[d.details.resultDelivery ?? 'counter'] ?? '',
        ledger: {
          volume: String(new Date(d.state.receivedAt).getUTCFullYear()),
          number: parseDossierCode(d.code)?.sequence ?? 0,
        },
        officerName: people.get(receive.actorId) ?? '',
      });
    },

    /** Forms 02–05 from the event that issued them (the latest one of its kind). */
    async notice(id: string, user: SessionUser, kind: NoticeData['kind']): Promise<Buffer> {
      const d = visibleTo(await dossiers.findById(id), user);
      const events = await dossiers.events(id);
      const types = {
        supplement: ['request_supplement', 'request_supplement_at_intake'],
        refusal: ['reject_at_intake'],
        apology: ['apologise'],
        stop: ['stop'],
      }[kind];
      const event = [...events].reverse().find((e) => types.includes(e.type));
      const formSet = formSetOf(d.state.formSet);
      if (!event || !formSet.forms[kind]) throw new AppError('dossier.form_not_available');
      const p = event.payload as {
        items?: { name: string; reason: string }[];
        reasons?: string[];
        reason?: string;
        newDueAt?: number;
        legalGround?: string;
        note?: string | null;
      };
      const people = await dossiers.peopleNames([event.actorId]);
      const content: Record<NoticeData['kind'], Pick<NoticeData, 'paragraphs' | 'listTitle' | 'list'>> = {
        supplement: {
          paragraphs: [
            'Sau khi xem xét, hồ sơ cần được bổ sung, hoàn thiện. Đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
          ],
          listTitle: 'Nội dung yêu cầu bổ sung, hoàn thiện:',
          list: (p.items ?? []).map((i) => `${i.name}: ${i.reason}`),
        },
        refusal: {
          paragraphs: ['Sau khi xem xét, cơ quan từ chối tiếp nhận giải quyết hồ sơ với lý do sau:'],
          listTitle: 'Lý do:',
          list: p.reasons ?? [],
        },
        apology: {
          paragraphs: [
            `Hồ sơ hẹn trả kết quả vào ${d.state.dueAt ? vietnameseMoment(new Date(d.state.dueAt)) : ''} chưa giải quyết được đúng hạn. Lý do: ${p.reason ?? ''}.`,
            `Cơ quan xin lỗi Ông/Bà và hẹn trả kết quả vào ${p.newDueAt ? vietnameseMoment(new Date(p.newDueAt)) : ''}.`,
          ],
          listTitle: null,
          list: [],
        },
        stop: {
          paragraphs: [
            `Cơ quan thông báo dừng giải quyết hồ sơ. Lý do: ${p.reason ?? ''}.`,
            `Căn cứ: ${p.legalGround ?? ''}.`,
          ],
          listTitle: null,
          list: [],
        },
      };
      return noticePdf({
        formSet,
        kind,
        centerName: await deps.centerName(),
        agencyName: d.agency.name,
        code: d.code,
        applicantName: applicantName(d.applicant),
        procedureName: d.procedureName,
        at: new Date(event.at),
        ...content[kind],
        signer: people.get(event.actorId) ?? '',
      });
    },

    async controlSheet(id: string, user: SessionUser): Promise<Buffer> {
      const d = visibleTo(await dossiers.findById(id), user);
      const events = await dossiers.events(id);
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
